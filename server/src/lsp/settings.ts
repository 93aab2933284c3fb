/** Settings: the client's `resolution` section → service settings and server options. */
import { isLocale, localeFromTag, type Locale } from '../service/i18n';
import { DIAGNOSTIC_CODES, DEFAULT_THRESHOLDS, type DiagnosticCode, type ServiceSettings } from '../service/options';
import type { Severity } from '../service/model';
import type { ResolutionSettings } from './protocol';

export const DEFAULT_DEBOUNCE_MS = 150;

export interface ServerOptions {
  service: ServiceSettings;
  corpusFolders: string[];
  includeBuiltIn: boolean;
  /** `resolution.corpus.maxFiles` / `maxTotalMB` (bytes); undefined = the corpus defaults. */
  corpusLimits: { maxFiles?: number; maxTotalBytes?: number };
  debounceMs: number;
}

const SEVERITY_NAMES: Record<string, Severity | 'off'> = { error: 1, warning: 2, information: 3, info: 3, hint: 4, off: 'off' };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function finiteIn(x: unknown, min: number, max: number): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max ? x : undefined;
}

/** Reads untrusted settings; anything malformed falls back to the default. */
export function resolveSettings(raw: unknown, clientLocale: string | undefined): ServerOptions {
  const s: ResolutionSettings = isObject(raw) ? (raw as ResolutionSettings) : {};
  const localeSetting = s.locale;
  // One of the six locales, else ("auto", missing, malformed) the editor's display language.
  const locale: Locale = isLocale(localeSetting) ? localeSetting : localeFromTag(clientLocale);
  const severities: ServiceSettings['severities'] = {};
  const codes = new Set<string>(DIAGNOSTIC_CODES);
  if (isObject(s.severity)) {
    for (const [code, name] of Object.entries(s.severity)) {
      const sev = typeof name === 'string' ? SEVERITY_NAMES[name.toLowerCase()] : undefined;
      if (codes.has(code) && sev !== undefined) severities[code as DiagnosticCode] = sev;
    }
  }
  if (isObject(s.checks)) {
    for (const [code, on] of Object.entries(s.checks)) {
      if (codes.has(code) && on === false) severities[code as DiagnosticCode] = 'off';
    }
  }
  const t = isObject(s.thresholds) ? s.thresholds : {};
  const corpus = isObject(s.corpus) ? s.corpus : {};
  const folders = Array.isArray(corpus.folders) ? corpus.folders.filter((f): f is string => typeof f === 'string' && f.trim() !== '') : [];
  const debounce = isObject(s.diagnostics) ? finiteIn(s.diagnostics.debounceMs, 0, 10_000) : undefined;
  return {
    service: {
      locale,
      severities,
      thresholds: {
        near: finiteIn(t.near, 0, 1) ?? DEFAULT_THRESHOLDS.near,
        partialMinChars: finiteIn(t.partialMinChars, 1, 10_000) ?? DEFAULT_THRESHOLDS.partialMinChars,
      },
    },
    corpusFolders: folders,
    includeBuiltIn: corpus.includeBuiltIn !== false,
    corpusLimits: corpusLimits(corpus),
    debounceMs: debounce ?? DEFAULT_DEBOUNCE_MS,
  };
}

/** The corpus limits: positive whole numbers, anything else leaves the default. */
function corpusLimits(corpus: Record<string, unknown>): ServerOptions['corpusLimits'] {
  const count = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= 1e9 ? x : undefined);
  const maxFiles = count(corpus.maxFiles);
  const mb = count(corpus.maxTotalMB);
  return { maxFiles, maxTotalBytes: mb === undefined ? undefined : mb * 1024 * 1024 };
}

/** Deep merge of plain objects (b wins). */
export function mergeSettings(a: unknown, b: unknown): unknown {
  if (!isObject(a)) return b === undefined ? a : b;
  if (!isObject(b)) return b === undefined || b === null ? a : b;
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = mergeSettings(a[k], v);
  return out;
}

export function sameCorpusOptions(a: ServerOptions, b: ServerOptions): boolean {
  return (
    a.includeBuiltIn === b.includeBuiltIn &&
    a.corpusFolders.join('\u0000') === b.corpusFolders.join('\u0000') &&
    a.corpusLimits.maxFiles === b.corpusLimits.maxFiles &&
    a.corpusLimits.maxTotalBytes === b.corpusLimits.maxTotalBytes
  );
}
