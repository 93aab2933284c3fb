/**
 * A front-matter block at the top of a text: a `---` line, `key: value` lines, a closing `---` line
 * (blank lines and a BOM before it are allowed, `#` comments and blank lines inside). It is metadata:
 * the corpus reads it for a file's symbol and date (`corpus/metadata.ts`), and the parser keeps it out
 * of the text (a checked draft's `symbol:`/`title:` lines are not header lines).
 */

export interface FrontMatterBlock {
  /** Index of the opening `---` line and of the closing one (0-based line numbers). */
  firstLine: number;
  closeLine: number;
  /** Offset after the closing line's content (before its line break). */
  end: number;
  /** The `key: value` pairs in order, keys in lower case, values as written (trimmed, unquoted). */
  pairs: Array<[string, string]>;
}

/** The block's lines may run this far below the opening line. */
const MAX_LINES = 60;

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && ((t[0] === '"' && t.endsWith('"')) || (t[0] === "'" && t.endsWith("'")))) return t.slice(1, -1);
  return t;
}

/** Reads the block, or `undefined` when the text does not open with one. Linear in the block's length. */
export function readFrontMatterBlock(text: string): FrontMatterBlock | undefined {
  // Cheap test first: most texts have no block.
  if (!/^\uFEFF?\s*---[ \t]*\r?\n/.test(text.slice(0, 256))) return undefined;
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && lines[first].replace(/^\uFEFF/, '').trim() === '') first++;
  if (first >= lines.length || lines[first].replace(/^\uFEFF/, '').trim() !== '---') return undefined;
  let close = -1;
  for (let i = first + 1; i < Math.min(lines.length, first + MAX_LINES); i++) {
    if (lines[i].trim() === '---') {
      close = i;
      break;
    }
  }
  if (close < 0) return undefined;
  const pairs: Array<[string, string]> = [];
  for (let i = first + 1; i < close; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const m = /^\s*([A-Za-z][\w-]*)\s*:\s?(.*)$/.exec(line);
    // Not key: value lines: a page break followed by text, not metadata.
    if (!m) return undefined;
    pairs.push([m[1].toLowerCase(), unquote(m[2])]);
  }
  if (pairs.length === 0) return undefined;
  let end = 0;
  for (let i = 0; i < close; i++) end += lines[i].length + 1;
  end += lines[close].replace(/\r$/, '').length;
  return { firstLine: first, closeLine: close, end, pairs };
}
