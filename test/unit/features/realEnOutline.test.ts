/**
 * The outline and the language service on real English texts (`../shared/real-en`): section headings
 * hold the paragraphs under them; a checked draft's front matter is metadata, not header text.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as F from '../../../server/src/service/features';
import { SymbolKind } from '../../../server/src/service/features/symbols';
import { REAL_EN_DIR, skipWithoutRealEn } from '../../support/realEn';
import { ctxOf } from './helpers';

const read = (f: string) => fs.readFileSync(path.join(REAL_EN_DIR, f), 'utf8');

describe('features on real English texts (../shared/real-en)', function () {
  before(function () {
    skipWithoutRealEn(this);
  });

  it('outline: the oceans resolution\'s sixteen headings hold their operative paragraphs (A/RES/79/144)', () => {
    const syms = F.documentSymbols(ctxOf(read('A-RES-79-144.en.txt'), undefined, 'en'));
    const op = syms.find((s) => s.name === 'Operative part' || s.detail === '381');
    assert.ok(op, syms.map((s) => s.name).join(', '));
    assert.strictEqual(op.detail, '381');
    const headings = op.children!;
    assert.deepStrictEqual(headings.map((h) => h.name.split(' ')[0]), ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI']);
    assert.deepStrictEqual(headings[0].children!.map((c) => c.name.split(' ')[0]), ['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.']);
    assert.strictEqual(headings.reduce((n, h) => n + h.children!.length, 0), 381);
    // a heading's range covers its paragraphs
    assert.ok(headings[0].range.end.line >= headings[0].children![8].range.end.line);
  });

  it('a checked draft with front matter: no header line from it, no finding on it (A/C.2/80/L.17)', () => {
    const text = read('A-C.2-80-L.17.en.txt');
    const ctx = ctxOf(text, undefined, 'en');
    const doc = ctx.analysis.document;
    assert.strictEqual(doc.frontMatter?.fields.symbol, 'A/C.2/80/L.17');
    const fmEnd = doc.frontMatter!.range.end.line;
    assert.ok(doc.header.length >= 4);
    for (const h of doc.header) assert.ok(h.range.start.line > fmEnd, `header line inside the front matter: ${h.text}`);
    assert.deepStrictEqual(ctx.analysis.diagnostics.filter((d) => d.range.start.line <= fmEnd), []);
    const outline = F.documentSymbols(ctx);
    const header = outline.find((s) => s.kind === SymbolKind.Namespace && s.children?.some((c) => c.detail === 'draftMarker'));
    assert.ok(header);
    assert.ok(!header.children!.some((c) => /^(symbol|date|title|source):/.test(c.name)));
  });
});
