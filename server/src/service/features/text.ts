/**
 * Text comparison helpers for the features: tokens that ignore what is not a
 * deviation (spacing, full/half width, case), and a token diff with offsets.
 */
import { diffArrays } from 'diff';
import { CJK_TOKEN_CHAR } from '../language/script';

export interface Token {
  /** Normalised form used for comparison. */
  key: string;
  start: number;
  end: number;
}

const CJK = CJK_TOKEN_CHAR;

/** Normalises one character or word: NFKC (full → half width), lower case. */
export function normaliseToken(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

/**
 * Tokens of a text: every CJK or punctuation character alone, runs of Latin
 * letters/digits as words; whitespace dropped.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (/[A-Za-z0-9\u00c0-\u024f]/.test(c)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9\u00c0-\u024f'’-]/.test(text[j])) j++;
      out.push({ key: normaliseToken(text.slice(i, j)), start: i, end: j });
      i = j;
      continue;
    }
    // Surrogate pairs stay together.
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    out.push({ key: normaliseToken(text.slice(i, i + len)), start: i, end: i + len });
    i += len;
  }
  return out;
}

export function isCjk(s: string): boolean {
  return CJK.test(s);
}

/** One difference between an old text (e.g. the agreed text) and a new one (the draft). */
export interface Hunk {
  /** Offsets in the old text ([start, end), may be empty). */
  oldStart: number;
  oldEnd: number;
  /** Offsets in the new text ([start, end), may be empty). */
  newStart: number;
  newEnd: number;
}

export interface TokenDiffPart {
  kind: 'same' | 'removed' | 'added';
  /** Offsets in the old text (same/removed) or new text (added). */
  start: number;
  end: number;
}

function diffTokens(oldTokens: Token[], newTokens: Token[]): Array<{ added?: boolean; removed?: boolean; count: number }> {
  const result = diffArrays(
    oldTokens.map((t) => t.key),
    newTokens.map((t) => t.key),
    { timeout: 200 } as never,
  ) as unknown as Array<{ added?: boolean; removed?: boolean; count?: number; value: string[] }> | undefined;
  if (!result) {
    // Timed out: treat as a whole replacement.
    return [
      { removed: true, count: oldTokens.length },
      { added: true, count: newTokens.length },
    ];
  }
  return result.map((r) => ({ added: r.added, removed: r.removed, count: r.count ?? r.value.length }));
}

/** Token-level diff of two texts, as hunks of offsets (whitespace and width differences ignored). */
export function diffHunks(oldText: string, newText: string): Hunk[] {
  const a = tokenize(oldText);
  const b = tokenize(newText);
  const parts = diffTokens(a, b);
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: { ai: number; bj: number } | undefined;
  const close = (): void => {
    if (!open) return;
    const oldStart = open.ai < a.length ? a[open.ai].start : oldText.length;
    const oldEnd = i > open.ai ? a[i - 1].end : oldStart;
    const newStart = open.bj < b.length ? b[open.bj].start : newText.length;
    const newEnd = j > open.bj ? b[j - 1].end : newStart;
    // Pure insertions/deletions anchor right after the previous token.
    hunks.push({
      oldStart: i > open.ai ? oldStart : open.ai > 0 ? a[open.ai - 1].end : 0,
      oldEnd: i > open.ai ? oldEnd : open.ai > 0 ? a[open.ai - 1].end : 0,
      newStart: j > open.bj ? newStart : open.bj > 0 ? b[open.bj - 1].end : 0,
      newEnd: j > open.bj ? newEnd : open.bj > 0 ? b[open.bj - 1].end : 0,
    });
    open = undefined;
  };
  for (const p of parts) {
    if (p.added) {
      open ??= { ai: i, bj: j };
      j += p.count;
    } else if (p.removed) {
      open ??= { ai: i, bj: j };
      i += p.count;
    } else {
      close();
      i += p.count;
      j += p.count;
    }
  }
  close();
  return hunks;
}

/**
 * Renders the old (agreed) text with the differences of the new (draft) text
 * marked in Markdown: ~~removed~~ (in the agreed text, not in the draft) and
 * **added** (in the draft, not in the agreed text).
 */
export function renderDiffMarkdown(oldText: string, newText: string): string {
  const hunks = diffHunks(oldText, newText);
  let out = '';
  let pos = 0;
  for (const h of hunks) {
    out += escapeMarkdown(oldText.slice(pos, h.oldStart));
    const removed = oldText.slice(h.oldStart, h.oldEnd).trim();
    const added = newText.slice(h.newStart, h.newEnd).trim();
    // Latin words need a space between them; CJK text has none.
    const space = (next: string) => (/[A-Za-z0-9,;.)]$/.test(out) && /^[A-Za-z0-9(]/.test(next) ? ' ' : '');
    if (removed) out += `${space(removed)}~~${escapeMarkdown(removed)}~~`;
    if (added) out += `${removed && /[A-Za-z0-9]$/.test(removed) && /^[A-Za-z0-9]/.test(added) ? ' ' : space(added)}**${escapeMarkdown(added)}**`;
    pos = h.oldEnd;
  }
  out += escapeMarkdown(oldText.slice(pos));
  return out;
}

export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_~[\]<>#|])/g, '\\$1');
}

/** Shortens a text to at most `max` characters with an ellipsis. */
export function truncate(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, Math.max(0, max - 1)) + '…';
}
