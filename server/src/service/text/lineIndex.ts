import type { Position, Range, Span } from '../model';

/**
 * Converts between UTF-16 offsets and LSP positions for one text.
 * Line breaks: \n, \r\n and lone \r all end a line (as LSP specifies).
 */
export class LineIndex {
  /**
   * Offset at which each line starts, in a typed array counted first and filled once: a plain array built
   * by pushing took 8 bytes a line and more while growing (a 20 MB draft of short lines has 10 million).
   */
  readonly lineStarts: Uint32Array;

  constructor(readonly text: string) {
    this.lineStarts = lineStartsOf(text, true, 0);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + position.character, end));
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }

  range(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

/**
 * The offsets at which lines start in `text` (after a `\n`, `\r\n` or lone `\r`), shifted by `base`, the
 * first line's own start included when `atLineStart`: counted first, then filled, in one typed array.
 */
export function lineStartsOf(text: string, atLineStart: boolean, base: number): Uint32Array {
  const n = text.length;
  let count = atLineStart ? 1 : 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) count++;
    else if (c === 13 /* \r */) {
      count++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  const starts = new Uint32Array(count);
  let k = 0;
  if (atLineStart) starts[k++] = base;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts[k++] = base + i + 1;
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts[k++] = base + i + 1;
    }
  }
  return starts;
}
