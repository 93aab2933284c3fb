import type { Locale } from './i18n';
import type { Severity } from './model';
import { DEFAULT_SEVERITIES, type DiagnosticCode } from './rules/codes';

/** The `source` of every diagnostic the service produces. */
export const DIAGNOSTIC_SOURCE = 'resolution';

// The codes and their default severities: rules/codes.ts (read by the rules in rules/registry.ts too).
export { DIAGNOSTIC_CODES, DEFAULT_SEVERITIES, type DiagnosticCode } from './rules/codes';

export interface MatchThresholds {
  /** Minimum similarity (0–1) of a paragraph body to a corpus paragraph to call it a near match. */
  near: number;
  /**
   * Minimum length in (normalised) characters of a reused span inside an otherwise new paragraph, for
   * every language. Unset (the default): each paragraph's language sets its own minimum
   * (`partialReuseMinChars` in language/data/<id>.ts: 20 for Chinese, 50 for English).
   */
  partialMinChars?: number;
}

/** The default thresholds: no `partialMinChars`, so the minimum is each language's own. */
export const DEFAULT_THRESHOLDS: MatchThresholds = { near: 0.7 };

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
