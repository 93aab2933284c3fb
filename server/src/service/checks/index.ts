/**
 * Structure checks: paragraph numbering, closing punctuation, footnotes, and
 * parse problems. Each check lives in its own module; the rule registry says
 * which run (rules/registry.ts), and this module runs them.
 */
import type { ResolutionDocument, ServiceDiagnostic } from '../model';
import type { ServiceSettings } from '../options';
import { CheckContext } from './context';
import { RULES } from '../rules/registry';

export type { NumberingData } from './numbering';
export type { PunctuationData } from './punctuation';
export type { FootnoteData, FootnoteDuplicateData, FootnoteOrderData } from './footnotes';

export function checkStructure(doc: ResolutionDocument, settings: ServiceSettings): ServiceDiagnostic[] {
  const ctx = new CheckContext(doc, settings);
  // In registry order; a function shared by several rules (the four footnote rules) runs once.
  const ran = new Set<(ctx: CheckContext) => void>();
  for (const rule of RULES) {
    if (rule.check.stage !== 'structure' || ran.has(rule.check.run)) continue;
    ran.add(rule.check.run);
    rule.check.run(ctx);
  }
  return ctx.diagnostics.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}
