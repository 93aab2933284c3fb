import type { Span, TextPiece } from '../model';

/**
 * Builds a clean text from source ranges and keeps the mapping back to the source.
 * Text appended with `appendSynthetic` (joining spaces) is not covered by any piece.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly pieces: TextPiece[] = [];

  constructor(private readonly source: string) {}

  get textLength(): number {
    return this.length;
  }

  /** Appends source[start, end) to the text. Adjacent source ranges merge into one piece. */
  appendSource(start: number, end: number): void {
    if (end <= start) return;
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.sourceStart + last.length === start && last.textStart + last.length === this.length) {
      last.length += end - start;
    } else {
      this.pieces.push({ textStart: this.length, sourceStart: start, length: end - start });
    }
    this.parts.push(this.source.slice(start, end));
    this.length += end - start;
  }

  /** Appends text that does not come from the source (e.g. a joining space). */
  appendSynthetic(text: string): void {
    if (!text) return;
    this.parts.push(text);
    this.length += text.length;
  }

  lastChar(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i];
      if (p.length) return p[p.length - 1];
    }
    return '';
  }

  /** The text from the last whitespace to the end (the last "word"), at most `max` chars. */
  tail(max: number): string {
    let out = '';
    for (let i = this.parts.length - 1; i >= 0 && out.length < max; i--) out = this.parts[i] + out;
    return out.slice(-max);
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Maps an offset in a clean text to the source. `end` selects the end of a character range. */
export function textToSource(pieces: readonly TextPiece[], offset: number, end = false): number | undefined {
  if (!pieces.length) return undefined;
  // For an end offset, look up the character before it and add one.
  const probe = end ? offset - 1 : offset;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid].textStart <= probe) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo];
  if (probe < p.textStart) {
    // Before the first piece (synthetic text): snap to the piece start.
    return p.sourceStart;
  }
  if (probe >= p.textStart + p.length) {
    // In a synthetic gap after piece `lo`: snap to its end (or next piece start).
    if (end) return p.sourceStart + p.length;
    const next = pieces[lo + 1];
    return next ? next.sourceStart : p.sourceStart + p.length;
  }
  return p.sourceStart + (probe - p.textStart) + (end ? 1 : 0);
}

/**
 * Maps a source offset into a clean text: the text offset of the first piece that holds it (a piece's end
 * counts as inside it), or undefined when it falls where the parser dropped markup.
 */
export function sourceToText(pieces: readonly TextPiece[], source: number): number | undefined {
  for (const piece of pieces) {
    if (source >= piece.sourceStart && source <= piece.sourceStart + piece.length) return piece.textStart + (source - piece.sourceStart);
  }
  return undefined;
}

/** Maps a span of a clean text to a source span (covering everything in between). */
export function mapTextSpan(pieces: readonly TextPiece[], span: Span): Span | undefined {
  if (span.end < span.start) return undefined;
  const start = textToSource(pieces, span.start, false);
  if (start === undefined) return undefined;
  if (span.end === span.start) return { start, end: start };
  const end = textToSource(pieces, span.end, true);
  if (end === undefined) return undefined;
  return { start, end: Math.max(start, end) };
}

/** Script tests live in language/script.ts; re-exported under the names the parser imports. */
export { isIdeograph, isCjkSpacingChar as isCjk } from '../language/script';

export function isWhite(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\f' || ch === '\v';
}
