/** One line per diagnostic code: what it means. Used by SARIF output, `--help` and the README table. All from the rule registry. */
import type { Message } from '../service/i18n';
import type { DiagnosticCode } from '../service/options';
import { DIAGNOSTIC_CODES, RULES } from '../service/rules/registry';

export const RULE_DESCRIPTIONS = Object.fromEntries(RULES.map((r) => [r.code, r.docs.summary])) as Record<DiagnosticCode, Message>;

export const RULE_CODES: readonly DiagnosticCode[] = DIAGNOSTIC_CODES;
