/**
 * The server's document store (lineStartsDocument.ts) against the library's TextDocument it replaces:
 * random edits (line breaks of every kind, CJK, surrogate pairs, Arabic, reversed and out-of-range ranges,
 * whole-text changes) on the seeds and a real English text, replayed on both; after every batch the text
 * must be the library's, and every position query the answer of the library's document built afresh from
 * that text. A line table that drifted by one edit shows here as a wrong position.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { LineStartsDocument, lineStartsDocuments } from '../../../server/src/lsp/lineStartsDocument';
import { REAL_EN_DIR } from '../../support/realEn';

const ROOT = path.resolve(__dirname, '../../..');
const seed = (name: string) => fs.readFileSync(path.join(ROOT, 'seeds', name), 'utf8');
const seedNames = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => /\.(md|txt)$/.test(f)).sort();

/** Every query of the TextDocument interface, compared with the library's document of the same text. */
function assertSameAnswers(mine: LineStartsDocument, why: string): void {
  const text = mine.getText();
  const lib = TextDocument.create(mine.uri, mine.languageId, mine.version, text);
  assert.strictEqual(mine.lineCount, lib.lineCount, `${why}: lineCount`);
  const offsets = new Set<number>([-3, 0, 1, text.length - 1, text.length, text.length + 5]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) for (const d of [-1, 0, 1, 2]) offsets.add(i + d);
  }
  for (let i = 0; i < 64; i++) offsets.add(Math.floor((i / 64) * text.length));
  for (const o of offsets) assert.deepStrictEqual(mine.positionAt(o), lib.positionAt(o), `${why}: positionAt(${o})`);
  for (let line = -1; line <= lib.lineCount + 1; line += Math.max(1, Math.floor(lib.lineCount / 200))) {
    for (const character of [-1, 0, 1, 3, 1000]) {
      const p = { line, character };
      assert.strictEqual(mine.offsetAt(p), lib.offsetAt(p), `${why}: offsetAt(${line}:${character})`);
    }
    assert.deepStrictEqual(mine.getLineRange(line), lib.getLineRange(line), `${why}: getLineRange(${line})`);
    assert.strictEqual(mine.getEOLCharacters(line), lib.getEOLCharacters(line), `${why}: getEOLCharacters(${line})`);
  }
}

const piece = fc.oneof(
  fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\r\n', 'a', '。', '；', '𠀋', '﷽', 'الجمعية', ' ', '1. ', 'Decides'),
  fc.string({ maxLength: 6 }),
);
const insertText = fc.array(piece, { maxLength: 6 }).map((a) => a.join(''));
/** A change given as fractions of the text (positions found on the current text), or the whole text. */
const change = fc.oneof(
  { weight: 12, arbitrary: fc.record({ a: fc.double({ min: 0, max: 1, noNaN: true }), b: fc.double({ min: 0, max: 1, noNaN: true }), text: insertText, skew: fc.integer({ min: -2, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ whole: insertText }) },
);

function toEvent(doc: TextDocument, c: Record<string, unknown>): TextDocumentContentChangeEvent {
  if ('whole' in c) return { text: c.whole as string };
  const len = doc.getText().length;
  const start = doc.positionAt(Math.floor((c.a as number) * len));
  const end = doc.positionAt(Math.floor((c.b as number) * len));
  // characters past a line's end and lines past the text's end, as an editor's stale positions may be
  const skew = c.skew as number;
  const s = skew > 2 ? { line: doc.lineCount + 1, character: 0 } : { line: start.line, character: Math.max(0, start.character + Math.max(0, skew)) };
  return { range: { start: s, end }, text: c.text as string }; // start after end too: both swap it
}

describe('lsp: the document store keeps line starts in one typed array (issue 7)', () => {
  const texts: Array<[string, string]> = seedNames.map((n) => [n, seed(n)]);
  const real = path.join(REAL_EN_DIR, 'A-RES-80-118.en.txt');
  if (fs.existsSync(real)) texts.push(['A-RES-80-118.en.txt', fs.readFileSync(real, 'utf8')]);
  else it.skip(`real English text: ${REAL_EN_DIR} absent`, () => undefined);

  for (const [name, text] of texts) {
    it(`random edits of ${name} give the library's text and positions`, () => {
      fc.assert(
        fc.property(fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (batches) => {
          const small = text.slice(0, 3000);
          let lib = TextDocument.create('file:///d.md', 'resolution', 1, small);
          const mine = lineStartsDocuments.create('file:///d.md', 'resolution', 1, small);
          mine.positionAt(0); // the table is built, so that edits update it in place
          let version = 1;
          for (const batch of batches) {
            version++;
            // each change's positions are read on the text as it stands before it (as an editor sends them)
            const events: TextDocumentContentChangeEvent[] = [];
            let probe = TextDocument.create('file:///p', 'x', 0, lib.getText());
            for (const c of batch) {
              const e = toEvent(probe, c as Record<string, unknown>);
              events.push(e);
              probe = TextDocument.update(probe, [e], 0);
            }
            lib = TextDocument.update(lib, events, version);
            lineStartsDocuments.update(mine, events, version);
            assert.strictEqual(mine.getText(), lib.getText(), 'text after the edits');
            assert.strictEqual(mine.version, version);
            assertSameAnswers(mine, `after batch ${version - 1}`);
          }
        }),
        { numRuns: 60, seed: 20261201 },
      );
    });
  }

  it('a table built a slice at a time (slices cutting \\r\\n, edits in between) is the table built at once', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts.map((t) => t[1])), fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 12 }), fc.option(change), (whole, sizes, edit) => {
        const text = whole.slice(0, 2000).replace(/\n/g, (m, at: number) => (at % 3 === 0 ? '\r\n' : at % 3 === 1 ? '\r' : m));
        const mine = lineStartsDocuments.create('file:///d.md', 'resolution', 1, text);
        let lib = TextDocument.create('file:///d.md', 'resolution', 1, text);
        for (const [k, size] of sizes.entries()) {
          if (mine.buildSome(size)) break;
          // an edit arrives halfway: what is left is built at once, then the edit applies
          if (edit && k === 1) {
            const e = toEvent(lib, edit as Record<string, unknown>);
            lib = TextDocument.update(lib, [e], 2);
            lineStartsDocuments.update(mine, [e], 2);
          }
        }
        assert.strictEqual(mine.getText(), lib.getText());
        assertSameAnswers(mine, 'after a sliced build');
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it('a whole real text (every line) answers as the library does', () => {
    for (const [name, text] of texts) assertSameAnswers(lineStartsDocuments.create('file:///d', 'x', 1, text), name);
  });

  it('a keystroke in a draft of a million lines keeps the table typed and shifts only the tail', () => {
    const text = 'a\n'.repeat(1 << 20);
    const doc = lineStartsDocuments.create('file:///big', 'resolution', 1, text);
    assert.strictEqual(doc.lineCount, (1 << 20) + 1);
    // a line break typed in the middle, then the text after line 10 deleted
    lineStartsDocuments.update(doc, [{ range: { start: { line: 500_000, character: 1 }, end: { line: 500_000, character: 1 } }, text: 'b\r\nc' }], 2);
    assert.strictEqual(doc.lineCount, (1 << 20) + 2);
    assert.deepStrictEqual(doc.positionAt(1_000_000 + 5), { line: 500_001, character: 1 });
    assert.deepStrictEqual(doc.positionAt(2 * (1 << 20) + 4), { line: (1 << 20) + 1, character: 0 });
    assert.deepStrictEqual(doc.positionAt(1_000_000 + 3), { line: 500_000, character: 2 }, 'inside the typed \\r\\n: before it');
    assert.strictEqual(doc.offsetAt({ line: 600_001, character: 0 }), 1_200_000 + 4);
    lineStartsDocuments.update(doc, [{ range: { start: { line: 10, character: 0 }, end: { line: doc.lineCount, character: 0 } }, text: '' }], 3);
    assert.strictEqual(doc.getText(), 'a\n'.repeat(10));
    assert.strictEqual(doc.lineCount, 11);
  });
});
