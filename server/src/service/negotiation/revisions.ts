/**
 * The tracked changes that turn an agreed (precedent) paragraph into the draft's paragraph.
 *
 * Both texts are cut into words with the matching engine's tokenizer (matching/diff.ts:
 * `Intl.Segmenter`, which keeps Latin words whole and cuts Chinese into words); white space is not
 * a token. Tokens are compared by a folded key (NFKC: full/half-width forms, `，`/`,`), so spacing
 * and width differences, which are no deviation (DOMAIN.md), are not marked. `diffArrays` (Myers)
 * aligns the token sequences.
 *
 * The one guarantee: the `equal` and `ins` pieces, in order, spell the draft text exactly (every
 * draft character, white space included, is in one of them), so accepting every revision gives the
 * draft. The `equal` pieces carry the draft's wording; rejecting every revision gives the precedent
 * up to spacing and width.
 */
import { diffArrays } from 'diff';
import { tokenize, type Token } from '../matching/diff';

export type RevisionKind = 'equal' | 'ins' | 'del';

export interface RevisionPiece {
  kind: RevisionKind;
  text: string;
  /** For `equal` and `ins`: where the piece starts in the draft text. */
  draftStart?: number;
}

/** Bound on the token diff's work (Myers is O(N·D)); beyond it the paragraph is one replacement. */
const MAX_EDIT_TOKENS = 4000;

/** Width-folded: `，` and `,`, `２` and `2` are the same token. Case is kept (a change of case is a change). */
function keyOf(t: Token): string {
  return t.text.normalize('NFKC');
}

/** Pieces that turn `source` into `draft`; see the module comment for the guarantee. */
export function revisionPieces(source: string, draft: string): RevisionPiece[] {
  if (source === draft) return draft ? [{ kind: 'equal', text: draft, draftStart: 0 }] : [];
  const ta = tokenize(source);
  const tb = tokenize(draft);
  const parts = diffArrays(ta.map(keyOf), tb.map(keyOf), { maxEditLength: MAX_EDIT_TOKENS });
  const out: RevisionPiece[] = [];
  const push = (kind: RevisionKind, text: string, draftStart?: number) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push(kind === 'del' ? { kind, text } : { kind, text, draftStart });
  };
  if (!parts) {
    push('del', source);
    push('ins', draft, 0);
    return out;
  }
  let ia = 0; // tokens consumed
  let ib = 0;
  let pa = 0; // characters consumed
  let pb = 0;
  for (const p of parts) {
    const n = p.value.length;
    if (n === 0) continue;
    if (p.removed) {
      const end = ta[ia + n - 1].end;
      // With the precedent's white space before it, so that rejecting gives `a b c`, not `ab c`.
      push('del', source.slice(pa, end));
      pa = end;
      ia += n;
    } else if (p.added) {
      const end = tb[ib + n - 1].end;
      push('ins', draft.slice(pb, end), pb);
      pb = end;
      ib += n;
    } else {
      const end = tb[ib + n - 1].end;
      push('equal', draft.slice(pb, end), pb);
      pb = end;
      pa = ta[ia + n - 1].end;
      ia += n;
      ib += n;
    }
  }
  push('equal', draft.slice(pb), pb);
  return joinHunks(out);
}

/** Symbol glue: `78/132` → `79/194` is one change, not `78`→`79` and `132`→`194` around an unchanged `/`. */
const GLUE = /^[/.\-–]$/;

/**
 * One change reads as one deletion followed by one insertion: changes separated only by symbol
 * glue are joined, and each run of changes is written deletion first.
 */
function joinHunks(pieces: RevisionPiece[]): RevisionPiece[] {
  const out: RevisionPiece[] = [];
  let del = '';
  let ins: RevisionPiece | undefined;
  const flush = () => {
    if (del) out.push({ kind: 'del', text: del });
    if (ins) out.push(ins);
    del = '';
    ins = undefined;
  };
  pieces.forEach((p, i) => {
    const between = i > 0 && i < pieces.length - 1 && pieces[i - 1].kind !== 'equal' && pieces[i + 1].kind !== 'equal';
    if (p.kind === 'equal' && !(between && GLUE.test(p.text))) {
      flush();
      out.push(p);
    } else if (p.kind === 'equal') {
      del += p.text;
      ins = ins ? { ...ins, text: ins.text + p.text } : { kind: 'ins', text: p.text, draftStart: p.draftStart };
    } else if (p.kind === 'del') del += p.text;
    else ins = ins ? { ...ins, text: ins.text + p.text } : { ...p };
  });
  flush();
  return out;
}

/** What accepting every revision leaves: the draft. */
export function acceptAll(pieces: readonly RevisionPiece[]): string {
  return pieces.filter((p) => p.kind !== 'del').map((p) => p.text).join('');
}

/** What rejecting every revision leaves: the precedent (up to spacing and width). */
export function rejectAll(pieces: readonly RevisionPiece[]): string {
  return pieces.filter((p) => p.kind !== 'ins').map((p) => p.text).join('');
}

/** A deletion and the insertion that follows it (or either alone): one change, as the reader sees it. */
export interface RevisionHunk {
  from: string;
  to: string;
  /** The first characters of the unchanged text after the change (`per cent` tells a figure from a date). */
  after?: string;
}

export function hunksOf(pieces: readonly RevisionPiece[]): RevisionHunk[] {
  const out: RevisionHunk[] = [];
  let cur: RevisionHunk | undefined;
  for (const p of pieces) {
    if (p.kind === 'equal') {
      if (cur) out.push({ ...cur, after: p.text.slice(0, 24) });
      cur = undefined;
      continue;
    }
    cur ??= { from: '', to: '' };
    if (p.kind === 'del') cur.from += p.text;
    else cur.to += p.text;
  }
  if (cur) out.push(cur);
  return out;
}
