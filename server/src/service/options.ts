import type { Locale } from './i18n';
import type { Severity } from './model';

/** The `source` of every diagnostic the service produces. */
export const DIAGNOSTIC_SOURCE = 'resolution';

/** Every diagnostic code the service can produce. */
export const DIAGNOSTIC_CODES = [
  'paragraph-numbering',
  'paragraph-punctuation',
  'footnote-undefined',
  'footnote-unused',
  'footnote-duplicate',
  'footnote-order',
  'reference-malformed',
  'reference-inconsistent',
  'agreed-language',
  'agreed-language-deviation',
  'input-problem',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export const DEFAULT_SEVERITIES: Record<DiagnosticCode, Severity> = {
  'paragraph-numbering': 1,
  'paragraph-punctuation': 2,
  'footnote-undefined': 1,
  'footnote-unused': 2,
  'footnote-duplicate': 1,
  'footnote-order': 2,
  'reference-malformed': 1,
  'reference-inconsistent': 2,
  'agreed-language': 3,
  'agreed-language-deviation': 2,
  'input-problem': 2,
};

export interface MatchThresholds {
  /** Minimum similarity (0–1) of a paragraph body to a corpus paragraph to call it a near match. */
  near: number;
  /** Minimum length in characters (CJK) of a reused span inside an otherwise new paragraph. */
  partialMinChars: number;
}

export const DEFAULT_THRESHOLDS: MatchThresholds = { near: 0.7, partialMinChars: 20 };

export interface ServiceSettings {
  locale: Locale;
  /** Per-code severity, or 'off' to disable the check. */
  severities: Partial<Record<DiagnosticCode, Severity | 'off'>>;
  thresholds: MatchThresholds;
}

export function defaultSettings(locale: Locale = 'en'): ServiceSettings {
  return { locale, severities: {}, thresholds: { ...DEFAULT_THRESHOLDS } };
}

/** Severity for a code under the settings, or undefined when the check is off. */
export function severityFor(settings: ServiceSettings, code: DiagnosticCode): Severity | undefined {
  const s = settings.severities[code];
  if (s === 'off') return undefined;
  return s ?? DEFAULT_SEVERITIES[code];
}
