/**
 * The parser's line table keeps only each line's start whole and the rest as one-byte distances (issue 7:
 * 21 → 8 bytes a line). Lines whose leading or trailing whitespace or heading marks run past 255 characters
 * are worked out again from the text: here every line of random texts, long runs included, is checked
 * against the line found from first principles (split at \n, \r\n, lone \r; whitespace trimmed), and each
 * line's classification against the same line parsed alone.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { LineTable } from '../../../server/src/service/parser/lines';
import { isWhite } from '../../../server/src/service/text/pieces';

/** The lines of `text` from first principles: [start, end, next]. */
function plainLines(text: string): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length) out.push([start, i, i]);
    else if (text[i] === '\n' || text[i] === '\r') {
      const next = text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
      out.push([start, i, next]);
      start = next;
      i = next - 1;
    }
  }
  return out;
}

const piece = fc.constantFrom('\n', '\r\n', '\r', ' ', '\t', ' '.repeat(300), '\u3000'.repeat(260), '#', '## ', '### ' + ' '.repeat(280), 'a', 'Title', '1. ', '<!-- x -->', '____', '---', 'http://x.org', '(a) ', '第一条', 'A. ', '**Bold**');

describe('parser: the line table (one-byte distances, worked out again past 255)', () => {
  it('every line of random texts (runs of 300 spaces included) is the line found from first principles', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (ps) => {
        const text = ps.join('');
        const table = new LineTable(text);
        const plain = plainLines(text);
        assert.strictEqual(table.length, plain.length);
        for (let i = 0; i < plain.length; i++) {
          const [start, end, next] = plain[i];
          let ts = start;
          while (ts < end && isWhite(text[ts])) ts++;
          let te = end;
          while (te > ts && isWhite(text[te - 1])) te--;
          const l = table.at(i)!;
          assert.deepStrictEqual([l.start, l.end, l.next, l.trimStart, l.trimEnd, l.indent], [start, end, next, ts, te, ts - start], `line ${i} of ${JSON.stringify(text)}`);
          // classification depends on the line alone: as the same line parsed on its own
          const alone = new LineTable(text.slice(start, end)).at(0)!;
          assert.deepStrictEqual([l.kind, l.heading, l.headingTextStart - start], [alone.kind, alone.heading, alone.headingTextStart], `classification of line ${i}`);
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('a heading whose text starts 300 characters in, and a line indented by 1,000 spaces', () => {
    const heading = '## ' + ' '.repeat(300) + 'Section title';
    const indented = ' '.repeat(1000) + '1. Decides to remain seized of the matter.' + ' '.repeat(400);
    const text = `${heading}\r\n${indented}\rlast`;
    const t = new LineTable(text);
    const h = t.at(0)!;
    assert.strictEqual(h.heading, 2);
    assert.strictEqual(text.slice(h.headingTextStart, h.trimEnd), 'Section title');
    const p = t.at(1)!;
    assert.strictEqual(p.indent, 1000);
    assert.strictEqual(text.slice(p.trimStart, p.trimEnd), '1. Decides to remain seized of the matter.');
    assert.strictEqual(p.end, text.length - 5);
    assert.strictEqual(t.at(2)!.start, text.length - 4);
    assert.strictEqual(t.at(2)!.glued, true);
  });
});
