/**
 * Structure checks: paragraph numbering, closing punctuation, footnotes, and
 * parse problems. Each check lives in its own module; this one runs them.
 */
import type { ResolutionDocument, ServiceDiagnostic } from '../model';
import type { ServiceSettings } from '../options';
import { CheckContext } from './context';
import { checkFootnotes } from './footnotes';
import { checkNumbering } from './numbering';
import { checkProblems } from './problems';
import { checkPunctuation } from './punctuation';

export type { NumberingData } from './numbering';
export type { PunctuationData } from './punctuation';
export type { FootnoteData, FootnoteDuplicateData, FootnoteOrderData } from './footnotes';

export function checkStructure(doc: ResolutionDocument, settings: ServiceSettings): ServiceDiagnostic[] {
  const ctx = new CheckContext(doc, settings);
  checkNumbering(ctx);
  checkPunctuation(ctx);
  checkFootnotes(ctx);
  checkProblems(ctx);
  return ctx.diagnostics.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}
