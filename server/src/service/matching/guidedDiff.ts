/**
 * Changes of a draft along the chain of aligned spans it shares with a corpus paragraph
 * (containment, or a draft with words inserted).
 *
 * Each span is diffed word by word with its counterpart (diff.ts: small edits inside agreed
 * text), and each gap between spans is one change, in order: added words where the corpus has
 * nothing, dropped words where the draft has nothing, `from` → `to` otherwise. A whole-body
 * diff lets common characters of a long insertion (`可`, `的`) cut it into pieces; the spans
 * anchor it. Span edges that fall inside a word (ICU word segmentation of a few characters
 * around the edge) are moved out of it, so a gap reports whole words: `“诸如” → “以便…，比如”`,
 * not `“诸” → “以便…，比”`. Punctuation-only changes are left out when words changed.
 */
import type { AlignedSpan } from './align';
import type { Change } from './change';
import { diffChanges, tokenize } from './diff';
import { mapRange, normalize, type Normalized } from './normalize';

/** An added or dropped clause without the comma or semicolon that joins it to its neighbours. */
function trimJoin(t: string): string {
  const r = t.replace(/^[\s,，;；、]+|[\s,，;；、]+$/g, '');
  return r.length > 0 ? r : t;
}

/** At most this many characters of a span are given to a neighbouring gap to complete a word. */
const MAX_WORD_SHIFT = 3;
const WORD_WINDOW = 6;

/**
 * Characters from `pos` into the span (direction +1: the span starts at pos and goes right;
 * −1: it ends at pos) that belong to a word crossing `pos`; 0 when `pos` is a word boundary.
 */
function crossing(text: string, pos: number, dir: 1 | -1): number {
  if (pos <= 0 || pos >= text.length) return 0;
  const from = Math.max(0, pos - WORD_WINDOW);
  for (const t of tokenize(text.slice(from, Math.min(text.length, pos + WORD_WINDOW)))) {
    const s = t.start + from;
    const e = t.end + from;
    if (s < pos && pos < e) return dir === 1 ? e - pos : pos - s;
  }
  return 0;
}

const PUNCT_ONLY = /^[\p{P}\p{S}\s]*$/u;

/**
 * Changes of a draft that contains a corpus paragraph (containment.ts), guided by the chain of
 * aligned spans: each span is diffed word by word with its counterpart (small edits inside
 * agreed text), and each gap between spans is one change, in order: added words where the
 * corpus has nothing, dropped words where the draft has nothing, `from` → `to` otherwise. A
 * whole-body diff would let common characters of a long insertion (`可`, `的`) cut it into
 * pieces; the spans anchor it. Punctuation-only changes are left out when words changed.
 */
export function containedChanges(c: { norm: Normalized; text: string }, chain: AlignedSpan[], draft: Normalized, draftText: string): Change[] {
  const out: Change[] = [];
  const segment = (a0: number, a1: number, b0: number, b1: number, gap: boolean): void => {
    if (a1 <= a0 && b1 <= b0) return;
    const ar = mapRange(draft, a0, a1, draftText);
    const br = mapRange(c.norm, b0, b1, c.text);
    const dn = normalize(draftText, ar.start, ar.end);
    const cn = normalize(c.text, br.start, br.end);
    if (dn.text === cn.text) return;
    const changes = diffChanges(cn, c.text, dn, draftText);
    if (!gap || changes.length <= 1) {
      for (const ch of changes) {
        if (ch.kind === 'added' && ch.to) out.push({ ...ch, to: trimJoin(ch.to) });
        else if (ch.kind === 'removed' && ch.from) out.push({ ...ch, from: trimJoin(ch.from) });
        else out.push(ch);
      }
      return;
    }
    // A rewritten stretch between two agreed spans: one change.
    let from = c.text.slice(cn.map[0], cn.map[cn.text.length]);
    let to = draftText.slice(dn.map[0], dn.map[dn.text.length]);
    // (common punctuation at the edges only: trimming characters could cut a word, `诸如` / `比如`)
    const edge = (ch: string) => PUNCT_ONLY.test(ch);
    let p = 0;
    while (p < from.length && p < to.length && from[p] === to[p] && edge(from[p])) p++;
    from = from.slice(p);
    to = to.slice(p);
    let q = 0;
    while (q < from.length && q < to.length && from[from.length - 1 - q] === to[to.length - 1 - q] && edge(to[to.length - 1 - q])) q++;
    from = from.slice(0, from.length - q).trim();
    to = to.slice(0, to.length - q).trim();
    if (from && to) out.push({ kind: 'changed', from, to });
    else if (from) out.push({ kind: 'removed', from: trimJoin(from) });
    else if (to) out.push({ kind: 'added', to: trimJoin(to) });
  };
  let a = 0;
  let b = 0;
  for (const s of chain) {
    // Span edges moved off the middle of a word (`诸如`/`比如` share `如`: the change is the word).
    const len = s.aEnd - s.aStart;
    const inS = Math.min(MAX_WORD_SHIFT, len - 1, Math.max(crossing(draft.text, s.aStart, 1), crossing(c.norm.text, s.bStart, 1)));
    const inE = Math.min(MAX_WORD_SHIFT, len - 1 - inS, Math.max(crossing(draft.text, s.aEnd, -1), crossing(c.norm.text, s.bEnd, -1)));
    const aS = s.aStart + Math.max(0, inS);
    const bS = s.bStart + Math.max(0, inS);
    segment(a, aS, b, bS, true);
    segment(aS, s.aEnd - Math.max(0, inE), bS, s.bEnd - Math.max(0, inE), false);
    a = s.aEnd - Math.max(0, inE);
    b = s.bEnd - Math.max(0, inE);
  }
  segment(a, draft.text.length, b, c.norm.text.length, true);
  const wordy = out.filter((ch) => !PUNCT_ONLY.test(ch.from ?? '') || !PUNCT_ONLY.test(ch.to ?? ''));
  return wordy.length > 0 ? wordy : out;
}

