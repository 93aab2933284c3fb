/**
 * The range actions of `agreed-language-deviation`: for a paragraph near agreed language, **Replace
 * with the agreed text of <source>** (edits that make the paragraph body read as the source's text;
 * the leading verb and markup are kept); and, for any paragraph with sources, **Copy citation** of each.
 * At most a few paragraphs: a whole-document request, such as the client's renumber command, gets the
 * other fixes, not hundreds of these.
 */
import { format } from '../../i18n';
import type { AgreedSource } from '../../matching';
import type { Paragraph, Span } from '../../model';
import { paragraphOfAgreement, sourceCitation, sourceParagraph } from '../../features/agreements';
import type { CodeActionResult } from '../../features/edits';
import { bodyStart, sourceOffset } from '../../features/locate';
import { featureMessages as M } from '../../features/messages';
import { overlaps } from '../../features/ranges';
import { diffHunks } from '../../features/text';
import type { TextEdit } from '../../features/edits';
import type { FixContext } from '../fixContext';
import type { FixRequest } from '../defineRule';

/** The client command that copies a citation (protocol.ts names it CopyCitationCommand for clients). */
const COPY_CITATION_COMMAND = 'resolution.copyCitation';
const MAX_AGREEMENT_ACTION_PARAGRAPHS = 3;

export function agreedTextActions(ctx: FixContext, { range, diagnosticsOf }: FixRequest): CodeActionResult[] {
  const loc = ctx.settings.locale;
  const out: CodeActionResult[] = [];
  const inRange = ctx.analysis.agreements.filter((a) => a.sources.length && a.status !== 'new' && a.spans.some((s) => overlaps(ctx.lines.range(s), range)));
  for (const a of inRange.slice(0, MAX_AGREEMENT_ACTION_PARAGRAPHS)) {
    const p = paragraphOfAgreement(ctx, a);
    if (a.status === 'near' && p) {
      for (const s of a.sources) {
        const edits = replaceWithAgreedEdits(ctx, p, s);
        if (edits.length) {
          out.push({
            title: format(loc, M.replaceWithAgreed, { source: sourceCitation(ctx, s) }),
            kind: 'quickfix',
            edits,
            diagnostics: diagnosticsOf('agreed-language-deviation'),
          });
        }
      }
    }
    for (const s of a.sources) {
      const citation = sourceCitation(ctx, s);
      out.push({
        title: format(loc, M.copyCitation, { citation }),
        kind: '',
        command: { title: format(loc, M.copyCitation, { citation }), command: COPY_CITATION_COMMAND, arguments: [citation] },
      });
    }
  }
  return out;
}

const TRAILING_PUNCT = /[，,；;。.：:\s]+$/;

/** Edits that make the paragraph body read as the source's agreed text; the leading verb and markup are kept. */
function replaceWithAgreedEdits(ctx: FixContext, p: Paragraph, s: AgreedSource): TextEdit[] {
  let agreed = s.text;
  const cp = sourceParagraph(ctx, s);
  const draftStart = bodyStart(p);
  if (cp && p.verb) agreed = cp.text.slice(cp.bodyStart);
  else if (cp) agreed = cp.text;
  const draftBody = p.text.slice(draftStart).replace(TRAILING_PUNCT, '');
  agreed = agreed.replace(TRAILING_PUNCT, '');
  const hunks = diffHunks(draftBody, agreed);
  const edits: Array<{ span: Span; newText: string }> = [];
  const text = p.text;
  const wordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
  for (const h of hunks) {
    let a = draftStart + h.oldStart;
    let b = draftStart + h.oldEnd;
    let replacement = agreed.slice(h.newStart, h.newEnd);
    // Latin words are separated by spaces, which are not tokens: keep exactly one between words.
    if (!replacement && a < b) {
      if (text[b] === ' ' && (a === 0 || text[a - 1] === ' ')) b++;
      else if (text[a - 1] === ' ' && !wordChar(text[b])) a--;
    } else if (a === b && replacement) {
      if (wordChar(text[a - 1]) && wordChar(replacement[0])) replacement = ' ' + replacement;
      else if (wordChar(text[a]) && wordChar(replacement[replacement.length - 1])) replacement += ' ';
    }
    for (const [i, seg] of sourceSegments(p, a, b).entries()) edits.push({ span: seg, newText: i === 0 ? replacement : '' });
  }
  edits.sort((x, y) => x.span.start - y.span.start);
  return edits.map((e) => ({ range: ctx.lines.range(e.span), newText: e.newText }));
}

/** Source spans covering clean-text offsets [a, b), split where the parser dropped markup (so markup is kept). */
function sourceSegments(p: Paragraph, a: number, b: number): Span[] {
  if (a === b) {
    const at = sourceOffset(p, a, a > 0) ?? sourceOffset(p, a);
    return at === undefined ? [] : [{ start: at, end: at }];
  }
  const out: Span[] = [];
  for (const piece of p.pieces) {
    const s = Math.max(a, piece.textStart);
    const e = Math.min(b, piece.textStart + piece.length);
    if (s < e) out.push({ start: piece.sourceStart + (s - piece.textStart), end: piece.sourceStart + (e - piece.textStart) });
  }
  return out;
}
