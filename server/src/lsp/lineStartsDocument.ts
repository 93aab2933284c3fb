/**
 * The open documents' text for the language server: the `TextDocument` of vscode-languageserver-textdocument,
 * with its line starts kept in one typed array that incremental edits update in place (issue 7, item 1).
 *
 * The library keeps them in a plain number array, built by pushing one offset a line: at 10 million short
 * lines (a 20 MB draft of `a\n`) that array and its growth took ~300 MB of the server's heap, and building it
 * on the first keystroke held the main thread for 1.4 s, so hovers on other documents waited. Here the table
 * is counted first and filled once (4 bytes a line, ~40 MB at 10 million lines), and a keystroke moves the
 * tail of the table with `copyWithin` and shifts its offsets instead of splicing a number array.
 *
 * Same behaviour as the library's document (a property test replays random edits on both): `\n`, `\r\n`
 * and a lone `\r` end a line; positions past a line's end fall back before its line break.
 */
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { lineStartsOf } from '../service/text/lineIndex';

const LF = 10;
const CR = 13;
const isEol = (c: number): boolean => c === LF || c === CR;

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/** A line table being built a slice at a time (`buildSome`): starts found in `content[0 .. scanned)`. */
interface PartialTable {
  table: Uint32Array;
  count: number;
  scanned: number;
}

export class LineStartsDocument implements TextDocument {
  private content: string;
  /** Line starts in `starts[0 .. count)`; the rest is room to grow. Undefined until asked for. */
  private starts: Uint32Array | undefined;
  private count = 0;
  private partial: PartialTable | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    content: string,
  ) {
    this.content = content;
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.table().length;
  }

  getText(range?: Range): string {
    if (!range) return this.content;
    return this.content.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.content.length), 0);
    const starts = this.table();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (starts[mid] > at) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeEol(at, starts[line]) - starts[line] };
  }

  offsetAt(position: Position): number {
    const starts = this.table();
    if (position.line >= starts.length) return this.content.length;
    if (position.line < 0) return 0;
    const start = starts[position.line];
    if (position.character <= 0) return start;
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.content.length;
    return this.beforeEol(Math.min(start + position.character, next), start);
  }

  getLineRange(line: number): Range {
    const starts = this.table();
    if (line >= starts.length) {
      const last = starts.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.content.length - starts[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = starts[line];
    const next = line + 1 < starts.length ? starts[line + 1] : this.content.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const starts = this.table();
    if (line >= starts.length || line < 0) return '';
    const next = line + 1 < starts.length ? starts[line + 1] : this.content.length;
    return this.content.substring(this.beforeEol(next, starts[line]), next);
  }

  /** Applies the editor's changes in order (as the library's `update`). */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) this.applyIncremental(wellFormed(change.range), change.text);
      else if ('text' in change && typeof change.text === 'string') {
        this.content = change.text;
        this.starts = undefined;
        this.partial = undefined;
      } else throw new Error('Unknown change event received');
    }
    this.currentVersion = version;
  }

  private applyIncremental(range: Range, text: string): void {
    const startOffset = this.offsetAt(range.start);
    const endOffset = this.offsetAt(range.end);
    const old = this.content;
    this.content = old.substring(0, startOffset) + text + old.substring(endOffset);
    const starts = this.starts;
    if (!starts) return; // not built yet: built from the new text when first asked for
    const insertedEnd = startOffset + text.length;
    const c = this.content;
    const crlfAt = (o: number) => c.charCodeAt(o - 1) === CR && c.charCodeAt(o) === LF;
    const startLine = range.start.line;
    const endLine = range.end.line;
    // A \r\n made or split at an edge of the edit, or a range outside the text: rebuild when next asked for.
    if (crlfAt(startOffset) || crlfAt(insertedEnd) || startLine < 0 || endLine >= this.count) {
      this.starts = undefined;
      this.partial = undefined;
      return;
    }
    const added = lineStartsOf(text, false, startOffset);
    const removed = endLine - startLine;
    const count = this.count - removed + added.length;
    const tailFrom = endLine + 1; // old index of the first line after the edit
    const tailTo = startLine + 1 + added.length; // its new index
    let table = starts;
    if (count > starts.length) {
      table = new Uint32Array(Math.ceil(count * 1.25) + 1024);
      table.set(starts.subarray(0, startLine + 1));
      table.set(starts.subarray(tailFrom, this.count), tailTo);
    } else if (tailFrom !== tailTo) {
      table.copyWithin(tailTo, tailFrom, this.count);
    }
    table.set(added, startLine + 1);
    const diff = text.length - (endOffset - startOffset);
    if (diff !== 0) for (let i = tailTo; i < count; i++) table[i] += diff;
    this.starts = table;
    this.count = count;
  }

  /**
   * Builds the line table a slice at a time, up to `maxChars` more of the text; true once it is built. The
   * server calls it between other work after a large document is opened, so that the first keystroke does
   * not scan 20 MB on the main thread (0.2 to 0.6 s); whatever is left is built at once when first needed.
   */
  buildSome(maxChars: number): boolean {
    if (this.starts) return true;
    const text = this.content;
    const n = text.length;
    const p = (this.partial ??= { table: new Uint32Array(1024), count: 1, scanned: 0 });
    let stop = Math.min(n, p.scanned + maxChars);
    if (stop < n && text.charCodeAt(stop - 1) === CR) stop++; // a \r\n is not cut between two slices
    // the starts in this slice, by the one scanner (a slice is a view of the text, not a copy)
    const found = lineStartsOf(text.slice(p.scanned, stop), false, p.scanned);
    let { table, count } = p;
    if (count + found.length > table.length) {
      const grown = new Uint32Array(Math.max(table.length * 2, count + found.length));
      grown.set(table.subarray(0, count));
      table = grown;
    }
    table.set(found, count);
    count += found.length;
    p.table = table;
    p.count = count;
    p.scanned = stop;
    if (stop < n) return false;
    this.partial = undefined;
    this.starts = table;
    this.count = count;
    return true;
  }

  private table(): Uint32Array {
    if (!this.starts) {
      if (this.partial) this.buildSome(Infinity);
      else {
        this.starts = lineStartsOf(this.content, true, 0);
        this.count = this.starts.length;
      }
    }
    const starts = this.starts!;
    return this.count === starts.length ? starts : starts.subarray(0, this.count);
  }

  private beforeEol(offset: number, lineStart: number): number {
    let at = offset;
    while (at > lineStart && isEol(this.content.charCodeAt(at - 1))) at--;
    return at;
  }
}

/** The `TextDocuments` configuration: `new TextDocuments(lineStartsDocuments)`. */
export const lineStartsDocuments = {
  create(uri: string, languageId: string, version: number, content: string): LineStartsDocument {
    return new LineStartsDocument(uri, languageId, version, content);
  },
  update(document: LineStartsDocument, changes: TextDocumentContentChangeEvent[], version: number): LineStartsDocument {
    document.update(changes, version);
    return document;
  },
};
