/**
 * Every rule, in the order they are listed everywhere (CLI, SARIF, settings, README). The one
 * source of the diagnostic codes and their default severities; `npm run gen:rules` writes the
 * settings schema in package.json and the README table from it (`test/unit/rules/registry.test.ts`
 * fails when they drift).
 */
import type { Rule } from './defineRule';
import { agreedLanguage } from './agreed-language/rule';
import { agreedLanguageDeviation } from './agreed-language-deviation/rule';
import { configProblem } from './config-problem/rule';
import { footnoteDuplicate } from './footnote-duplicate/rule';
import { footnoteOrder } from './footnote-order/rule';
import { footnoteUndefined } from './footnote-undefined/rule';
import { footnoteUnused } from './footnote-unused/rule';
import { inputProblem } from './input-problem/rule';
import { paragraphNumbering } from './paragraph-numbering/rule';
import { paragraphPunctuation } from './paragraph-punctuation/rule';
import { referenceInconsistent } from './reference-inconsistent/rule';
import { referenceMalformed } from './reference-malformed/rule';
import { unusedSuppression } from './unused-suppression/rule';

export const RULES = [
  paragraphNumbering,
  paragraphPunctuation,
  footnoteUndefined,
  footnoteUnused,
  footnoteDuplicate,
  footnoteOrder,
  referenceMalformed,
  referenceInconsistent,
  agreedLanguage,
  agreedLanguageDeviation,
  inputProblem,
  unusedSuppression,
  configProblem,
] as const;

export { DEFAULT_SEVERITIES, DIAGNOSTIC_CODES, isDiagnosticCode, type DiagnosticCode } from './codes';

const BY_CODE = new Map<string, Rule>(RULES.map((r) => [r.code, r]));

export function ruleFor(code: string): Rule | undefined {
  return BY_CODE.get(code);
}
