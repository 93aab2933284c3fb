/**
 * The project configuration file: `.resolutionrc.json` or `resolution.config.json`, found by
 * walking up from a draft's folder (the nearest one applies; `.resolutionrc.json` first when a
 * folder has both). Read the same way by the language server and the CLI:
 *
 *   {
 *     "corpus": { "folders": ["../precedents"], "includeBuiltIn": true, "maxFiles": 10000, "maxTotalMB": 256 },
 *     "severity": { "paragraph-punctuation": "hint" },
 *     "rules": { "agreed-language": false },
 *     "thresholds": { "near": 0.7, "partialMinChars": 20 },
 *     "locale": "zh"
 *   }
 *
 * Pure: text in, settings and findings out. A mistake never throws: the wrong part is reported
 * (`config-problem`, on the file) and left at its default; the rest applies.
 * Schema: schemas/resolutionrc.schema.json (its rule parts are generated from the registry).
 */
import { format, type Locale } from '../i18n';
import type { ServiceDiagnostic, Span } from '../model';
import { DEFAULT_THRESHOLDS, DIAGNOSTIC_SOURCE } from '../options';
import { ruleMessages as M } from '../rules/messages';
import { DEFAULT_SEVERITIES, isDiagnosticCode } from '../rules/registry';
import { SEVERITY_NAMES } from '../rules/generated';
import { LineIndex } from '../text/lineIndex';
import { parseJsonTree, type JsonNode } from './jsonTree';

export const CONFIG_FILE_NAMES = ['.resolutionrc.json', 'resolution.config.json'] as const;

/** The locales a configuration may name (the message languages). */
const LOCALES: readonly string[] = ['zh', 'en'];

/** The configuration in the shape of the `resolution` settings section (so one resolver reads both). */
export interface ConfigSettings {
  corpus?: { folders?: string[]; includeBuiltIn?: boolean; maxFiles?: number; maxTotalMB?: number };
  severity?: Record<string, string>;
  checks?: Record<string, boolean>;
  thresholds?: { near?: number; partialMinChars?: number };
  locale?: string;
}

export interface ProjectConfigReading {
  settings: ConfigSettings;
  /** `config-problem` findings, with ranges in the configuration file. */
  problems: ServiceDiagnostic[];
  /** Where `corpus.folders` is written (to say it is ignored in an untrusted workspace). */
  corpusFoldersSpan?: Span;
}

/** Reads a configuration file's text. */
export function readProjectConfig(text: string, locale: Locale): ProjectConfigReading {
  const lines = new LineIndex(text);
  const problems: ServiceDiagnostic[] = [];
  const say = (span: Span, message: string, data?: Record<string, unknown>) =>
    problems.push({
      range: lines.range(span),
      span,
      severity: DEFAULT_SEVERITIES['config-problem'],
      code: 'config-problem',
      source: DIAGNOSTIC_SOURCE,
      message,
      ...(data ? { data } : {}),
    });
  const settings: ConfigSettings = {};
  const parsed = parseJsonTree(text);
  if (!parsed.ok) {
    const at = Math.min(parsed.offset, Math.max(0, text.length - 1));
    say({ start: at, end: Math.min(text.length, at + 1) }, format(locale, M.configInvalidJson, { reason: parsed.reason }), { reason: parsed.reason });
    return { settings, problems };
  }
  const root = parsed.root;
  if (root.type !== 'object') {
    say(spanOf(root), format(locale, M.configNotObject));
    return { settings, problems };
  }
  const wrong = (node: JsonNode, key: string, expected: string) => say(spanOf(node), format(locale, M.configWrongType, { key, expected }), { key });
  const expected = (m: keyof typeof M, args: Record<string, string | number> = {}) => format(locale, M[m], args);
  let corpusFoldersSpan: Span | undefined;

  for (const member of root.members) {
    const v = member.value;
    const keySpan = { start: member.keyStart, end: member.keyEnd };
    switch (member.key) {
      case '$schema':
        break;
      case 'locale':
        if (v.type === 'string' && LOCALES.includes(v.value)) settings.locale = v.value;
        else wrong(v, 'locale', expected('expectedLocale'));
        break;
      case 'corpus': {
        if (v.type !== 'object') {
          wrong(v, 'corpus', expected('expectedObject'));
          break;
        }
        const corpus: NonNullable<ConfigSettings['corpus']> = {};
        for (const m of v.members) {
          const key = `corpus.${m.key}`;
          const x = m.value;
          if (m.key === 'folders') {
            if (x.type === 'array' && x.items.every((it) => it.type === 'string')) {
              corpus.folders = x.items.map((it) => (it as { value: string }).value).filter((f) => f.trim() !== '');
              corpusFoldersSpan = spanOf(x);
            } else wrong(x, key, expected('expectedStringList'));
          } else if (m.key === 'includeBuiltIn') {
            if (x.type === 'boolean') corpus.includeBuiltIn = x.value;
            else wrong(x, key, expected('expectedBoolean'));
          } else if (m.key === 'maxFiles' || m.key === 'maxTotalMB') {
            if (x.type === 'number' && Number.isInteger(x.value) && x.value >= 1 && x.value <= 1e9) corpus[m.key] = x.value;
            else wrong(x, key, expected('expectedNumber', { min: 1, max: 1e9 }));
          } else say({ start: m.keyStart, end: m.keyEnd }, format(locale, M.configUnknownKey, { key }), { key });
        }
        settings.corpus = corpus;
        break;
      }
      case 'severity':
      case 'rules': {
        if (v.type !== 'object') {
          wrong(v, member.key, expected('expectedObject'));
          break;
        }
        const out: Record<string, string | boolean> = {};
        for (const m of v.members) {
          if (!isDiagnosticCode(m.key)) {
            say({ start: m.keyStart, end: m.keyEnd }, format(locale, M.configUnknownRule, { code: m.key }), { unknownCode: m.key });
            continue;
          }
          const x = m.value;
          if (member.key === 'severity') {
            if (x.type === 'string' && (SEVERITY_NAMES as readonly string[]).includes(x.value.toLowerCase())) out[m.key] = x.value.toLowerCase();
            else wrong(x, `severity.${m.key}`, expected('expectedSeverity'));
          } else if (x.type === 'boolean') out[m.key] = x.value;
          else wrong(x, `rules.${m.key}`, expected('expectedBoolean'));
        }
        if (member.key === 'severity') settings.severity = out as Record<string, string>;
        else settings.checks = out as Record<string, boolean>;
        break;
      }
      case 'thresholds': {
        if (v.type !== 'object') {
          wrong(v, 'thresholds', expected('expectedObject'));
          break;
        }
        const t: NonNullable<ConfigSettings['thresholds']> = {};
        for (const m of v.members) {
          const x = m.value;
          if (m.key === 'near') {
            if (x.type === 'number' && x.value >= 0 && x.value <= 1) t.near = x.value;
            else wrong(x, 'thresholds.near', expected('expectedNumber', { min: 0, max: 1 }));
          } else if (m.key === 'partialMinChars') {
            if (x.type === 'number' && Number.isInteger(x.value) && x.value >= 1 && x.value <= 10_000) t.partialMinChars = x.value;
            else wrong(x, 'thresholds.partialMinChars', expected('expectedNumber', { min: 1, max: 10_000 }));
          } else say({ start: m.keyStart, end: m.keyEnd }, format(locale, M.configUnknownKey, { key: `thresholds.${m.key}` }), { key: `thresholds.${m.key}` });
        }
        settings.thresholds = t;
        break;
      }
      default:
        say(keySpan, format(locale, M.configUnknownKey, { key: member.key }), { key: member.key });
    }
  }
  // The file may set the severity of its own findings (or turn them off).
  const own = settings.checks?.['config-problem'] === false ? 'off' : settings.severity?.['config-problem'];
  const shown = own === 'off' ? [] : problems.map((p) => (own ? { ...p, severity: (SEVERITY_NAMES.indexOf(own as (typeof SEVERITY_NAMES)[number]) + 1) as ServiceDiagnostic['severity'] } : p));
  return { settings, problems: shown, ...(corpusFoldersSpan ? { corpusFoldersSpan } : {}) };
}

function spanOf(n: JsonNode): Span {
  return { start: n.start, end: n.end };
}

/** The untrusted-workspace finding: the configuration's corpus folders are not read. */
export function untrustedCorpusProblem(text: string, span: Span, locale: Locale): ServiceDiagnostic {
  return {
    range: new LineIndex(text).range(span),
    span,
    severity: DEFAULT_SEVERITIES['config-problem'],
    code: 'config-problem',
    source: DIAGNOSTIC_SOURCE,
    message: format(locale, M.configUntrustedCorpus),
    data: { key: 'corpus.folders', untrusted: true },
  };
}

/**
 * Defaults of the VS Code settings that a configuration file can set. A VS Code setting overrides
 * the file when its value differs from this default (a setting left at its default, or unset, lets
 * the file decide); per-code severities and checks override code by code.
 */
const SETTING_DEFAULTS = {
  near: DEFAULT_THRESHOLDS.near,
  partialMinChars: DEFAULT_THRESHOLDS.partialMinChars,
  includeBuiltIn: true,
  maxFiles: 10_000,
  maxTotalMB: 256,
  locale: 'auto',
};

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The editor's `resolution` settings over a configuration file's: the result is read by the one
 * settings resolver (lsp/settings.ts). `corpus.folders` are left as the editor's: the file's
 * folders are relative to the file, so the caller resolves and adds them.
 */
export function overlayConfig(user: unknown, config: ConfigSettings): Obj {
  const u: Obj = isObj(user) ? user : {};
  const pick = <T>(userValue: unknown, def: T, configValue: T | undefined): unknown =>
    userValue !== undefined && userValue !== def ? userValue : configValue !== undefined ? configValue : userValue;
  const ut = isObj(u.thresholds) ? u.thresholds : {};
  const uc = isObj(u.corpus) ? u.corpus : {};
  const cc = config.corpus ?? {};
  return {
    ...u,
    severity: { ...(config.severity ?? {}), ...(isObj(u.severity) ? u.severity : {}) },
    checks: { ...(config.checks ?? {}), ...(isObj(u.checks) ? u.checks : {}) },
    thresholds: {
      ...ut,
      near: pick(ut.near, SETTING_DEFAULTS.near, config.thresholds?.near),
      partialMinChars: pick(ut.partialMinChars, SETTING_DEFAULTS.partialMinChars, config.thresholds?.partialMinChars),
    },
    corpus: {
      ...uc,
      includeBuiltIn: pick(uc.includeBuiltIn, SETTING_DEFAULTS.includeBuiltIn, cc.includeBuiltIn),
      maxFiles: pick(uc.maxFiles, SETTING_DEFAULTS.maxFiles, cc.maxFiles),
      maxTotalMB: pick(uc.maxTotalMB, SETTING_DEFAULTS.maxTotalMB, cc.maxTotalMB),
    },
    locale: pick(u.locale, SETTING_DEFAULTS.locale, config.locale),
  };
}
