/**
 * Clean text of a paragraph or footnote: joins hard-wrapped line fragments (no space between CJK
 * characters, one space between Latin words), drops emphasis markers, footnote markers and link syntax,
 * and keeps a piece map back to the source.
 */
import type { TextPiece } from '../model';
import { TextBuilder, isCjk, isWhite } from '../text/pieces';

export interface Cut {
  start: number;
  end: number;
  kind: 'fn' | 'emph' | 'drop';
}

export interface Fragment {
  start: number;
  end: number;
  /** End of the line's content including trailing spaces (PDF text: a trailing space marks a word boundary). */
  lineEnd?: number;
}

export interface CleanText {
  text: string;
  pieces: TextPiece[];
  /** Text offsets where an emphasised run starts (for leads such as `在这方面**强调**`). */
  emphasisStarts: number[];
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9\u00c0-\u024f]/.test(c);
}

/** Emphasis markers and link syntax in [start, end), avoiding already-cut ranges. */
function findEmphasisCuts(text: string, start: number, end: number): Cut[] {
  const cuts: Cut[] = [];
  let i = start;
  while (i < end) {
    const x = text.charCodeAt(i);
    if (x !== 42 /* * */ && x !== 95 /* _ */ && x !== 91 /* [ */) {
      i++;
      continue;
    }
    const c = text[i];
    if (c === '*') {
      let j = i;
      while (j < end && text[j] === '*' && j - i < 3) j++;
      cuts.push({ start: i, end: j, kind: 'emph' });
      i = j;
      continue;
    }
    if (c === '_') {
      if (text[i + 1] === '_') {
        cuts.push({ start: i, end: i + 2, kind: 'emph' });
        i += 2;
        continue;
      }
      const prev = text[i - 1];
      const next = text[i + 1];
      const opening = (i === start || !isWordChar(prev)) && isWordChar(next) && prev !== '/' && prev !== ':';
      const closing = isWordChar(prev) && (i + 1 >= end || !isWordChar(next)) && next !== '/' && next !== '.';
      if (opening || closing) cuts.push({ start: i, end: i + 1, kind: 'emph' });
      i++;
      continue;
    }
    if (c === '[' && text[i + 1] !== '^') {
      // [label](target)
      let j = i + 1;
      while (j < end && text[j] !== ']' && text[j] !== '[' && j - i < 300) j++;
      if (text[j] === ']' && text[j + 1] === '(' && j > i + 1) {
        let k = j + 2;
        while (k < end && text[k] !== ')' && !isWhite(text[k]) && k - j < 300) k++;
        if (text[k] === ')') {
          cuts.push({ start: i, end: i + 1, kind: 'drop' });
          cuts.push({ start: j, end: k + 1, kind: 'drop' });
          i = k + 1;
          continue;
        }
      }
    }
    i++;
  }
  return cuts;
}

function mergeCuts(a: Cut[], b: Cut[]): Cut[] {
  const all = a.concat(b).sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Cut[] = [];
  for (const c of all) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (c.end > last.end) last.end = c.end;
      continue;
    }
    out.push({ ...c });
  }
  return out;
}

/** Index of the first cut that ends after `pos` (cuts sorted by start, non-overlapping). */
function firstCutAfter(cuts: Cut[], pos: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

function urlTail(s: string): boolean {
  let k = s.length;
  while (k > 0 && !isWhite(s[k - 1]) && !isCjk(s[k - 1])) k--;
  const tok = s.slice(k);
  return tok.includes('://') || tok.startsWith('www.');
}

/**
 * Builds clean text from fragments. `fnCuts` are footnote-marker ranges (sorted), removed together with
 * the spaces that only separated them from CJK text.
 */
export function buildCleanText(source: string, fragments: Fragment[], fnCuts: Cut[], pdf = false): CleanText {
  const b = new TextBuilder(source);
  const emphasisStarts: number[] = [];
  let ci = fragments.length ? firstCutAfter(fnCuts, fragments[0].start) : 0;
  let prevTrail = -1;
  const openMarks = new Set<string>();
  for (const f of fragments) {
    if (f.end <= f.start) continue;
    const own: Cut[] = [];
    while (ci < fnCuts.length && fnCuts[ci].end <= f.start) ci++;
    let k = ci;
    while (k < fnCuts.length && fnCuts[k].start < f.end) {
      own.push(fnCuts[k]);
      k++;
    }
    // widen footnote cuts over the spaces around them when they sit in CJK text
    const widened: Cut[] = own.map((c) => {
      let s = Math.max(c.start, f.start);
      let e = Math.min(c.end, f.end);
      if (c.kind !== 'fn') return { start: s, end: e, kind: c.kind };
      let bs = s;
      while (bs > f.start && isWhite(source[bs - 1])) bs--;
      let ae = e;
      while (ae < f.end && isWhite(source[ae])) ae++;
      const before = bs > f.start ? source[bs - 1] : '';
      const after = ae < f.end ? source[ae] : '';
      if (!before || isCjk(before) || (after && isCjk(after) && !isWordChar(before))) {
        s = bs;
        e = ae;
      } else if (bs < s && ae > e) {
        e = ae;
      } else if (!after) {
        s = bs;
      }
      return { start: s, end: e, kind: 'fn' };
    });
    const emph: Cut[] = [];
    {
      let oi = 0;
      for (const c of findEmphasisCuts(source, f.start, f.end)) {
        while (oi < own.length && own[oi].end <= c.start) oi++;
        if (oi < own.length && own[oi].start < c.end) continue;
        emph.push(c);
      }
    }
    const cuts = mergeCuts(widened, emph);
    // joining space between fragments
    let first = f.start;
    for (const c of cuts) {
      if (c.start <= first && c.end > first) first = c.end;
    }
    if (b.textLength > 0 && first < f.end) {
      const last = b.lastChar();
      const next = source[first];
      if (last && !isWhite(last) && !isCjk(last) && !isCjk(next) && last !== '-' && last !== '/' && !urlTail(b.tail(200))) {
        if (!pdf) b.appendSynthetic(' ');
        else if (prevTrail >= 0) b.appendSource(prevTrail, prevTrail + 1);
      }
    }
    let pos = f.start;
    for (const c of cuts) {
      if (c.start > pos) b.appendSource(pos, c.start);
      if (c.kind === 'emph') {
        // markers toggle: every other one of the same kind opens an emphasised run
        const key = source.slice(c.start, c.end);
        const open = !openMarks.has(key);
        if (open) openMarks.add(key);
        else openMarks.delete(key);
        const nx = source[c.end];
        if (open && nx !== undefined && !isWhite(nx) && c.end < f.end) emphasisStarts.push(b.textLength);
      }
      pos = Math.max(pos, c.end);
    }
    if (pos < f.end) b.appendSource(pos, f.end);
    prevTrail = f.lineEnd !== undefined && f.lineEnd > f.end && isWhite(source[f.end]) ? f.end : -1;
  }
  // trim trailing spaces produced by cuts
  let text = b.toString();
  const pieces = b.pieces;
  while (text.length && isWhite(text[text.length - 1])) {
    text = text.slice(0, -1);
    const lp = pieces[pieces.length - 1];
    if (lp && lp.textStart + lp.length > text.length) {
      lp.length = text.length - lp.textStart;
      if (lp.length <= 0) pieces.pop();
    }
  }
  return { text, pieces, emphasisStarts };
}
