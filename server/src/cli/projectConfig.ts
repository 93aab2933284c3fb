/**
 * The project configuration file for `resolution-lint`: each input is checked with the settings
 * of its nearest `.resolutionrc.json` / `resolution.config.json` (`--locale` still wins), the
 * files' corpus folders are read besides `--corpus`, and a mistake in a file is one warning line
 * on stderr (the defaults are used for it; the exit status does not change).
 */
import * as fs from 'fs';
import * as path from 'path';
import { findConfigFile } from '../service/config/locate';
import { overlayConfig, readProjectConfig, type ProjectConfigReading } from '../service/config/projectConfig';
import { format, type Locale } from '../service/i18n';
import { createLanguageService, type LanguageService } from '../service/languageService';
import type { Corpus } from '../service/corpus';
import { ruleMessages } from '../service/rules/messages';
import { resolveSettings } from '../lsp/settings';

const MAX_CONFIG_BYTES = 1024 * 1024;

export interface CliConfigs {
  /** The configuration file of an input (undefined: none, or standard input). */
  fileFor(input: string | undefined): string | undefined;
  reading(file: string): ProjectConfigReading | undefined;
  /** Corpus folders of the configurations of the inputs (absolute). */
  corpusFolders(inputs: string[]): string[];
  /** includeBuiltIn / limits the configurations of the inputs set (the first that sets one). */
  corpusOptions(inputs: string[]): { includeBuiltIn?: boolean; maxFiles?: number; maxTotalMB?: number };
  serviceFor(input: string | undefined, corpus: Corpus): LanguageService;
}

export function cliConfigs(cwd: string, locale: Locale, forcedLocale: Locale | undefined, say: (text: string) => void): CliConfigs {
  const dirs = new Map<string, string | null>();
  const readings = new Map<string, ProjectConfigReading | undefined>();
  const services = new Map<string, LanguageService>();
  const exists = (f: string) => {
    try {
      return fs.statSync(f).isFile();
    } catch {
      return false;
    }
  };
  const api: CliConfigs = {
    fileFor(input) {
      if (input === undefined) return findConfigFile(cwd, exists, dirs);
      return findConfigFile(path.dirname(path.resolve(cwd, input)), exists, dirs);
    },
    reading(file) {
      if (readings.has(file)) return readings.get(file);
      let reading: ProjectConfigReading | undefined;
      try {
        const size = fs.statSync(file).size;
        const text = size > MAX_CONFIG_BYTES ? '' : fs.readFileSync(file, 'utf8');
        reading = readProjectConfig(text, locale);
        const shown = path.relative(cwd, file) || file;
        for (const p of reading.problems) {
          say(format(locale, ruleMessages.configWarning, { path: shown, line: p.range.start.line + 1, column: p.range.start.character + 1, message: p.message }));
        }
      } catch (e) {
        say(format(locale, ruleMessages.configWarning, { path: file, line: 1, column: 1, message: (e as Error)?.message ?? String(e) }));
        reading = undefined;
      }
      readings.set(file, reading);
      return reading;
    },
    corpusFolders(inputs) {
      const out = new Set<string>();
      for (const input of inputs) {
        const file = api.fileFor(input);
        const r = file ? api.reading(file) : undefined;
        for (const f of r?.settings.corpus?.folders ?? []) out.add(path.resolve(path.dirname(file!), f));
      }
      return [...out];
    },
    corpusOptions(inputs) {
      const out: { includeBuiltIn?: boolean; maxFiles?: number; maxTotalMB?: number } = {};
      for (const input of inputs) {
        const file = api.fileFor(input);
        const c = file ? api.reading(file)?.settings.corpus : undefined;
        if (!c) continue;
        out.includeBuiltIn ??= c.includeBuiltIn;
        out.maxFiles ??= c.maxFiles;
        out.maxTotalMB ??= c.maxTotalMB;
      }
      return out;
    },
    serviceFor(input, corpus) {
      const file = api.fileFor(input) ?? '';
      let s = services.get(file);
      if (!s) {
        const config = file ? api.reading(file)?.settings ?? {} : {};
        const raw = overlayConfig(forcedLocale ? { locale: forcedLocale } : {}, config);
        s = createLanguageService({ corpus, settings: resolveSettings(raw, locale).service });
        services.set(file, s);
      }
      return s;
    },
  };
  return api;
}
