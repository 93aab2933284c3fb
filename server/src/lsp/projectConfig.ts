/**
 * The project configuration file in the language server (see service/config/projectConfig.ts):
 * each draft is analysed with the settings of its nearest `.resolutionrc.json` /
 * `resolution.config.json` under the editor's settings (a setting the user set — one that
 * differs from its default, or a per-code severity or check — wins). Its corpus folders, relative
 * to the file, are added to the corpus, except in an untrusted workspace. Mistakes in the file are
 * published as diagnostics on it. The files are watched: a change, a new or a deleted file applies
 * at once.
 */
import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { findConfigFile, isConfigFile } from '../service/config/locate';
import { overlayConfig, readProjectConfig, untrustedCorpusProblem, type ProjectConfigReading } from '../service/config/projectConfig';
import { localeFromTag } from '../service/i18n';
import { createLanguageService, type LanguageService } from '../service/languageService';
import type { ServiceDiagnostic } from '../service/model';
import { severityFor } from '../service/options';
import { resolveSettings } from './settings';

/** Larger configuration files are not read (reported as invalid). */
const MAX_CONFIG_BYTES = 1024 * 1024;

interface Entry {
  file: string;
  text: string;
  reading: ProjectConfigReading;
  service?: LanguageService;
  /** The settings `service` was made with. */
  serviceSettings?: LanguageService['settings'];
}

export interface ProjectConfigHost {
  /** The editor's `resolution` settings as the server resolves them (initializationOptions merged with workspace/configuration). */
  userSettings(): unknown;
  clientLocale(): string | undefined;
  trusted(): boolean;
  /** The service made from the editor's settings alone (its corpus is shared). */
  baseService(): LanguageService;
  publish(file: string, diagnostics: ServiceDiagnostic[]): void;
}

export class ProjectConfigs {
  private readonly dirs = new Map<string, string | null>();
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly host: ProjectConfigHost) {}

  /** The configuration file of a document (file: URIs only), or undefined. */
  fileFor(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    let file: string;
    try {
      file = URI.parse(uri).fsPath;
    } catch {
      return undefined;
    }
    return findConfigFile(path.dirname(file), isFile, this.dirs);
  }

  /** The service a document is analysed with: its configuration's, or the base one. */
  serviceFor(uri: string): LanguageService {
    const base = this.host.baseService();
    const file = this.fileFor(uri);
    const entry = file ? this.entry(file) : undefined;
    if (!entry) return base;
    const settings = this.settingsFor(entry, base);
    if (!entry.service || entry.serviceSettings !== settings) {
      entry.service = createLanguageService({ corpus: base.corpus, settings });
      entry.serviceSettings = settings;
    }
    entry.service.corpus = base.corpus;
    return entry.service;
  }

  private readonly settingsCache = new WeakMap<Entry, { base: LanguageService; settings: LanguageService['settings'] }>();

  private settingsFor(entry: Entry, base: LanguageService): LanguageService['settings'] {
    const hit = this.settingsCache.get(entry);
    if (hit && hit.base === base) return hit.settings;
    const settings = resolveSettings(overlayConfig(this.host.userSettings(), entry.reading.settings), this.host.clientLocale()).service;
    this.settingsCache.set(entry, { base, settings });
    return settings;
  }

  /** The corpus folders of the configurations of these documents (absolute), none in an untrusted workspace. */
  corpusFolders(uris: string[]): string[] {
    if (!this.host.trusted()) return [];
    const out = new Set<string>();
    for (const uri of uris) {
      const file = this.fileFor(uri);
      const entry = file ? this.entry(file) : undefined;
      for (const f of entry?.reading.settings.corpus?.folders ?? []) out.add(path.resolve(path.dirname(entry!.file), f));
    }
    return [...out];
  }

  /** Forgets what was read when a configuration file changed; true when one did. */
  onWatchedFiles(changes: Array<{ uri: string }>): boolean {
    let changed = false;
    for (const c of changes) {
      let file: string;
      try {
        file = URI.parse(c.uri).fsPath;
      } catch {
        continue;
      }
      if (!isConfigFile(file)) continue;
      changed = true;
      if (this.entries.has(file)) this.host.publish(file, []);
    }
    if (changed) {
      this.dirs.clear();
      this.entries.clear();
    }
    return changed;
  }

  /** Re-publishes the findings of every file read (after a trust change). */
  republish(): void {
    for (const e of this.entries.values()) this.host.publish(e.file, this.problemsOf(e));
  }

  private entry(file: string): Entry | undefined {
    const known = this.entries.get(file);
    if (known) return known;
    let text: string;
    try {
      const stat = fs.statSync(file);
      text = stat.size > MAX_CONFIG_BYTES ? '' : fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    const locale = localeFromTag(this.host.clientLocale());
    const entry: Entry = { file, text, reading: readProjectConfig(text, locale) };
    this.entries.set(file, entry);
    this.host.publish(file, this.problemsOf(entry));
    return entry;
  }

  private problemsOf(e: Entry): ServiceDiagnostic[] {
    const span = e.reading.corpusFoldersSpan;
    const all =
      this.host.trusted() || !span || !e.reading.settings.corpus?.folders?.length
        ? e.reading.problems
        : [...e.reading.problems, untrustedCorpusProblem(e.text, span, localeFromTag(this.host.clientLocale()))];
    // The severity the settings give config-problem (the file's own, under the editor's).
    const severity = severityFor(this.settingsFor(e, this.host.baseService()), 'config-problem');
    if (severity === undefined) return [];
    return all.map((d) => ({ ...d, severity }));
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Glob patterns to watch (`workspace/didChangeWatchedFiles`). */
export const CONFIG_WATCH_PATTERNS = ['**/.resolutionrc.json', '**/resolution.config.json'];
