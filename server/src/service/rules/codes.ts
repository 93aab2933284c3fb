/**
 * The diagnostic codes, in the order they are listed everywhere (CLI, SARIF, settings, README), with
 * their default severities. Each rule (`rules/<code>/rule.ts`) takes its default severity from here,
 * and the settings (`options.ts`) read this table without loading the rules' checks and fixes,
 * which themselves depend on the settings: so there is no import cycle. `registry.ts` holds the
 * rules; `test/unit/rules/registry.test.ts` checks that both list the same codes in the same order.
 */
import type { Severity } from '../model';

export const DEFAULT_SEVERITIES = {
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
  'unused-suppression': 3,
  'config-problem': 2,
} as const satisfies Record<string, Severity>;

export type DiagnosticCode = keyof typeof DEFAULT_SEVERITIES;

/** Every diagnostic code the service can produce. */
export const DIAGNOSTIC_CODES = Object.keys(DEFAULT_SEVERITIES) as readonly DiagnosticCode[];

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(DEFAULT_SEVERITIES, code);
}
