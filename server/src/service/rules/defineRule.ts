/**
 * A rule: one diagnostic code with everything that belongs to it — its default severity, the
 * languages it applies to, its documentation, the message keys it reports with, the check that
 * finds it and, when there is one, its fix. `registry.ts` lists every rule; the codes, the
 * default severities, the CLI's rule list, the SARIF rule metadata, the settings schema in
 * package.json and the README table all come from there.
 */
import type { CheckContext } from '../checks/context';
import type { Message } from '../i18n';
import type { Language, Range, ServiceDiagnostic, Severity } from '../model';
import type { CodeActionResult } from '../features/edits';
import type { FixContext } from './fixContext';

/**
 * Where a rule's findings are made. `structure` rules run their `run` on the parsed document
 * (several codes may share one function: it runs once); the others are produced by a stage of
 * the language service that needs more than the document (the corpus, the suppression comments,
 * a configuration file), named here so that the registry says where each code comes from.
 */
export type RuleCheck =
  | { stage: 'structure'; run: (ctx: CheckContext) => void }
  | { stage: 'references' | 'reference-table' | 'agreed-language' | 'size-limit' | 'suppression' | 'configuration' };

/** A quick fix: the actions for one diagnostic of the rule (each changes only what its title says). */
export type RuleFix = (ctx: FixContext, diagnostic: ServiceDiagnostic) => CodeActionResult[];

/** What a code-action request asks about: a range of the draft and the diagnostics in it (sent by the client, or ours), by code. */
export interface FixRequest {
  range: Range;
  diagnosticsOf(code: string): ServiceDiagnostic[];
}

/**
 * Actions a rule offers for a range of the draft, whether or not a diagnostic of it was sent there
 * (renumbering the whole draft, adding or removing a footnote, taking a source's agreed text). They
 * are offered before the per-diagnostic fixes, in registry order, or after them with `afterDiagnosticFixes`.
 */
export interface RuleRangeFix {
  afterDiagnosticFixes?: boolean;
  actions: (ctx: FixContext, request: FixRequest) => CodeActionResult[];
}

export interface RuleDocs {
  /** One line: what the rule finds (SARIF descriptions, `--help`, the settings schema). */
  summary: Message;
  /** The README table's "meaning" cell (English, Markdown). */
  table: string;
}

export interface RuleDefinition<C extends string = string> {
  code: C;
  defaultSeverity: Severity;
  /** The draft languages the rule applies to ('all': any language the parser reads). */
  languages: 'all' | readonly Language[];
  docs: RuleDocs;
  /** Keys of the message tables the rule reports with (the tables stay where they are). */
  messages: readonly string[];
  check: RuleCheck;
  fix?: RuleFix;
  /** The rule's actions for a range (see RuleRangeFix). */
  rangeFix?: RuleRangeFix;
}

export type Rule<C extends string = string> = Readonly<RuleDefinition<C>>;

export function defineRule<const C extends string>(def: RuleDefinition<C>): Rule<C> {
  return Object.freeze({ ...def });
}

/** Keys of a message table, checked against it at compile time. */
export function messageKeys<T extends object>(_table: T, ...keys: Array<keyof T & string>): readonly string[] {
  return keys;
}
