/**
 * Code actions. Each changes only what its title says: renumbering touches
 * numbers only, a footnote fix touches that footnote only, and so on.
 *
 * The actions themselves are the rules' (rules/<code>/fix.ts and the like): a rule's `rangeFix` for the
 * requested range (renumber, add or remove a footnote, replace with agreed text), its `fix` for each
 * diagnostic (the ending punctuation, marking a deviation as negotiated). This module only dispatches.
 */
import { cancellationCheck, throwIfCancelled, type CancellationFlag } from '../cancellation';
import type { Range, ServiceDiagnostic } from '../model';
import type { FixRequest } from '../rules/defineRule';
import { RULES, ruleFor } from '../rules/registry';
import { overlaps } from './ranges';
import type { CodeActionResult } from './edits';
import type { FeatureContext } from './types';

/** Fixes of one rule offered per request (a whole-document request carries every finding). */
const MAX_RULE_FIXES_PER_CODE = 50;

/** The ending a paragraph should have: the punctuation rule's (one rule, with its fix). */
export { expectedEnding } from '../rules/paragraph-punctuation/fix';

export type { CodeActionResult } from './edits';

/** Diagnostic shape the actions read (LSP diagnostics from the client are accepted). */
export type ActionDiagnostic = Pick<ServiceDiagnostic, 'range' | 'code' | 'message'> & { data?: unknown };

/**
 * The actions for a range. With a cancellation flag, the loops over the findings read it every few items
 * and the rules' actions are asked one rule at a time, so a cancelled request stops early (CancelledError).
 */
export function codeActions(ctx: FeatureContext, range: Range, contextDiagnostics: ActionDiagnostic[] = [], token?: CancellationFlag): CodeActionResult[] {
  const check = cancellationCheck(token);
  const out: CodeActionResult[] = [];
  // Diagnostics in range: those the client sent plus ours (clients may send none).
  const ours: ServiceDiagnostic[] = [];
  for (const d of ctx.analysis.diagnostics) {
    check();
    if (overlaps(d.range, range)) ours.push(d);
  }
  // Linear in the findings (a whole-document request carries all of them): keyed, not compared pairwise.
  const diags: ActionDiagnostic[] = contextDiagnostics.slice();
  const sent = new Set<string>();
  for (const d of diags) {
    check();
    sent.add(diagKey(d));
  }
  for (const d of ours) {
    check();
    if (!sent.has(diagKey(d))) diags.push(d);
  }
  const byCode = new Map<string, ServiceDiagnostic[]>();
  for (const d of diags) {
    check();
    const list = byCode.get(d.code);
    if (list) list.push(d as ServiceDiagnostic);
    else byCode.set(d.code, [d as ServiceDiagnostic]);
  }
  const request: FixRequest = { range, diagnosticsOf: (code) => byCode.get(code) ?? [] };

  // The rules' actions for the range (renumbering, footnotes), in registry order.
  for (const rule of RULES) {
    if (!rule.rangeFix || rule.rangeFix.afterDiagnosticFixes) continue;
    throwIfCancelled(token);
    for (const action of rule.rangeFix.actions(ctx, request)) out.push(action);
  }

  // The rules' fixes for each diagnostic: the ending punctuation, marking a deviation as negotiated.
  const fixesPerCode = new Map<string, number>();
  for (const d of diags) {
    check();
    const fix = ruleFor(String(d.code))?.fix;
    if (!fix) continue;
    const n = fixesPerCode.get(d.code) ?? 0;
    if (n >= MAX_RULE_FIXES_PER_CODE) continue;
    fixesPerCode.set(d.code, n + 1);
    for (const action of fix(ctx, d as ServiceDiagnostic)) out.push(action);
  }

  // The actions offered after the fixes (agreed language: replace with a source's agreed text; copy citations).
  for (const rule of RULES) {
    if (!rule.rangeFix?.afterDiagnosticFixes) continue;
    throwIfCancelled(token);
    for (const action of rule.rangeFix.actions(ctx, request)) out.push(action);
  }
  return out;
}

function diagKey(d: ActionDiagnostic): string {
  const r = d.range;
  return `${d.code}|${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}
