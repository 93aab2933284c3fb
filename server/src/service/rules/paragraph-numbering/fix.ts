/**
 * The fix of `paragraph-numbering` (and of `footnote-order`): **Renumber**, one action that rewrites
 * the paragraph, sub-paragraph and footnote numbers of the whole draft and touches nothing else. It is
 * offered whenever the numbers are off, as a quick fix for the findings it fixes, as a rewrite otherwise.
 */
import { format } from '../../i18n';
import type { ServiceDiagnostic } from '../../model';
import type { CodeActionResult } from '../../features/edits';
import { featureMessages as M } from '../../features/messages';
import { renumberEdits, renumberFixes } from '../../features/numbering';
import type { FixContext } from '../fixContext';
import type { FixRequest } from '../defineRule';

export function renumberActions(ctx: FixContext, request: FixRequest): CodeActionResult[] {
  const doc = ctx.analysis.document;
  const renumber = renumberEdits(doc, ctx.lines);
  if (!renumber.length) return [];
  const fixes = [...request.diagnosticsOf('paragraph-numbering'), ...request.diagnosticsOf('footnote-order')].filter((d) => renumberFixes(doc, ctx.lines, d.range));
  return [
    {
      title: format(ctx.settings.locale, M.renumber),
      kind: fixes.length ? 'quickfix' : 'refactor.rewrite',
      edits: renumber,
      diagnostics: fixes as ServiceDiagnostic[],
      isPreferred: fixes.length > 0,
    },
  ];
}
