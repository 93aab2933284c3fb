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
import { LOCALES as ALL_LOCALES } from '../i18n';
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
const LOCALES: readonly string[] = ALL_LOCALES;

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

/** What the section readers share: where to report, in which language. */
interface Reader {
  locale: Locale;
  /** A finding at a span. */
  say(span: Span, message: string, data?: Record<string, unknown>): void;
  /** “key” should be <expected>. */
  wrong(node: JsonNode, key: string, expected: keyof typeof M, args?: Record<string, string | number>): void;
  unknownKey(m: Member, key: string): void;
}

type Member = Extract<JsonNode, { type: 'object' }>['members'][number];

/** Reads a configuration file's text. */
export function readProjectConfig(text: string, locale: Locale): ProjectConfigReading {
  const lines = new LineIndex(text);
  const problems: ServiceDiagnostic[] = [];
  const r: Reader = {
    locale,
    say: (span, message, data) =>
      problems.push({ range: lines.range(span), span, severity: DEFAULT_SEVERITIES['config-problem'], code: 'config-problem', source: DIAGNOSTIC_SOURCE, message, ...(data ? { data } : {}) }),
    wrong: (node, key, expected, args = {}) => r.say(spanOf(node), format(locale, M.configWrongType, { key, expected: format(locale, M[expected], args) }), { key }),
    unknownKey: (m, key) => r.say({ start: m.keyStart, end: m.keyEnd }, format(locale, M.configUnknownKey, { key }), { key }),
  };
  const settings: ConfigSettings = {};
  const parsed = parseJsonTree(text);
  if (!parsed.ok) {
    const at = Math.min(parsed.offset, Math.max(0, text.length - 1));
    r.say({ start: at, end: Math.min(text.length, at + 1) }, format(locale, M.configInvalidJson, { reason: parsed.reason }), { reason: parsed.reason });
    return { settings, problems };
  }
  if (parsed.root.type !== 'object') {
    r.say(spanOf(parsed.root), format(locale, M.configNotObject));
    return { settings, problems };
  }
  let corpusFoldersSpan: Span | undefined;
  for (const member of parsed.root.members) {
    const v = member.value;
    if (member.key === '$schema') continue;
    if (member.key === 'locale') {
      if (v.type === 'string' && LOCALES.includes(v.value)) settings.locale = v.value;
      else r.wrong(v, 'locale', 'expectedLocale');
    } else if (!['corpus', 'severity', 'rules', 'thresholds'].includes(member.key)) r.unknownKey(member, member.key);
    else if (v.type !== 'object') r.wrong(v, member.key, 'expectedObject');
    else if (member.key === 'corpus') {
      const c = readCorpus(v.members, r);
      settings.corpus = c.corpus;
      corpusFoldersSpan = c.foldersSpan;
    } else if (member.key === 'severity') settings.severity = readSeverities(v.members, r);
    else if (member.key === 'rules') settings.checks = readRules(v.members, r);
    else settings.thresholds = readThresholds(v.members, r);
  }
  return { settings, problems: ownSeverity(settings, problems), ...(corpusFoldersSpan ? { corpusFoldersSpan } : {}) };
}

function readCorpus(members: Member[], r: Reader): { corpus: NonNullable<ConfigSettings['corpus']>; foldersSpan?: Span } {
  const corpus: NonNullable<ConfigSettings['corpus']> = {};
  let foldersSpan: Span | undefined;
  for (const m of members) {
    const key = `corpus.${m.key}`;
    const x = m.value;
    if (m.key === 'folders') {
      if (x.type === 'array' && x.items.every((it) => it.type === 'string')) {
        corpus.folders = x.items.map((it) => (it as { value: string }).value).filter((f) => f.trim() !== '');
        foldersSpan = spanOf(x);
      } else r.wrong(x, key, 'expectedStringList');
    } else if (m.key === 'includeBuiltIn') {
      if (x.type === 'boolean') corpus.includeBuiltIn = x.value;
      else r.wrong(x, key, 'expectedBoolean');
    } else if (m.key === 'maxFiles' || m.key === 'maxTotalMB') {
      if (x.type === 'number' && Number.isInteger(x.value) && x.value >= 1 && x.value <= 1e9) corpus[m.key] = x.value;
      else r.wrong(x, key, 'expectedNumber', { min: 1, max: 1e9 });
    } else r.unknownKey(m, key);
  }
  return { corpus, ...(foldersSpan ? { foldersSpan } : {}) };
}

/** Members whose key is a rule code (an unknown one is a finding). */
function ruleMembers(members: Member[], r: Reader): Member[] {
  return members.filter((m) => {
    if (isDiagnosticCode(m.key)) return true;
    r.say({ start: m.keyStart, end: m.keyEnd }, format(r.locale, M.configUnknownRule, { code: m.key }), { unknownCode: m.key });
    return false;
  });
}

function readSeverities(members: Member[], r: Reader): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of ruleMembers(members, r)) {
    const x = m.value;
    if (x.type === 'string' && (SEVERITY_NAMES as readonly string[]).includes(x.value.toLowerCase())) out[m.key] = x.value.toLowerCase();
    else r.wrong(x, `severity.${m.key}`, 'expectedSeverity');
  }
  return out;
}

function readRules(members: Member[], r: Reader): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const m of ruleMembers(members, r)) {
    if (m.value.type === 'boolean') out[m.key] = m.value.value;
    else r.wrong(m.value, `rules.${m.key}`, 'expectedBoolean');
  }
  return out;
}

function readThresholds(members: Member[], r: Reader): NonNullable<ConfigSettings['thresholds']> {
  const t: NonNullable<ConfigSettings['thresholds']> = {};
  for (const m of members) {
    const x = m.value;
    if (m.key === 'near') {
      if (x.type === 'number' && x.value >= 0 && x.value <= 1) t.near = x.value;
      else r.wrong(x, 'thresholds.near', 'expectedNumber', { min: 0, max: 1 });
    } else if (m.key === 'partialMinChars') {
      if (x.type === 'number' && Number.isInteger(x.value) && x.value >= 1 && x.value <= 10_000) t.partialMinChars = x.value;
      else r.wrong(x, 'thresholds.partialMinChars', 'expectedNumber', { min: 1, max: 10_000 });
    } else r.unknownKey(m, `thresholds.${m.key}`);
  }
  return t;
}

/** The file may set the severity of its own findings (or turn them off). */
function ownSeverity(settings: ConfigSettings, problems: ServiceDiagnostic[]): ServiceDiagnostic[] {
  const own = settings.checks?.['config-problem'] === false ? 'off' : settings.severity?.['config-problem'];
  if (own === 'off') return [];
  if (!own) return problems;
  const severity = (SEVERITY_NAMES.indexOf(own as (typeof SEVERITY_NAMES)[number]) + 1) as ServiceDiagnostic['severity'];
  return problems.map((p) => ({ ...p, severity }));
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
  /** Unset (`null` in VS Code): each paragraph's language sets its own minimum. */
  partialMinChars: null as number | null,
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
