/**
 * A comparison (compare.ts) as two plain texts aligned paragraph by paragraph, for a line-based
 * diff view (VS Code's diff editor): line i of each text is row i of the comparison, the
 * precedent's paragraph on one side and the draft's counterpart on the other; a new paragraph has
 * an empty precedent side and a deleted one an empty draft side, so the rows never slide against
 * each other. Both lines of a row begin with the same key (`OP 7`, `OP 7 ⇐ OP 9` for a move,
 * `(OP 4)` for a deleted paragraph): renumbering alone is no difference, and an unchanged
 * paragraph is the same line on both sides. Paragraph texts are single lines (line breaks inside
 * a paragraph become spaces).
 */
import type { Comparison, CompareRow } from './compare';

export interface AlignedTexts {
  precedent: string;
  draft: string;
}

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

/** The key both sides of a row begin with. */
export function rowKey(r: CompareRow): string {
  if (r.kind === 'deleted') return `(${r.precedentLabel ?? '—'})`;
  const from = r.precedentLabel && r.precedentLabel !== r.draftLabel && (r.moved || r.split) ? ` ⇐ ${r.precedentLabel}` : '';
  const merged = r.merged ? ` ⇐ ${r.merged.join(' + ')}` : '';
  return `${r.draftLabel ?? '—'}${from}${merged}`;
}

export function alignedTexts(c: Comparison): AlignedTexts {
  const left: string[] = [];
  const right: string[] = [];
  for (const r of c.rows) {
    const key = rowKey(r);
    const side = (t: string | undefined) => (t === undefined || t === '' ? key : `${key}  ${oneLine(t)}`);
    left.push(side(r.precedentText));
    right.push(side(r.kind === 'deleted' ? undefined : r.draftText));
  }
  return { precedent: `${left.join('\n')}\n`, draft: `${right.join('\n')}\n` };
}
