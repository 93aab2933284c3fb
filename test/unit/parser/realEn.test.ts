/**
 * The parser on the 46 real English texts of `../shared/real-en`: every text parses to the counts of its
 * INDEX.md row (preambular, operative, sub-paragraphs, section headings), with its front matter read as
 * metadata, its footnote blocks (rule, `¹` definitions, `*` notes) kept out of the paragraphs, and its
 * closing meeting/date lines read as closing lines.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Paragraph, ResolutionDocument } from '../../../server/src/service/model';
import { parseDocument } from '../../../server/src/service/parser';
import { REAL_EN_DIR, realEnIndex, skipWithoutRealEn, type RealEnIndexRow } from '../../support/realEn';

/**
 * Where INDEX.md's counts are not the text's. The three oceans texts print sixteen roman-numbered section
 * headings, I to XVI, and four sub-paragraphs, (a) to (d) under one OP; INDEX.md says 15 and 5 (its
 * counter took one heading for a sub-paragraph). The test checks these by counting the lines themselves.
 */
const INDEX_ERRATA: Record<string, Partial<Pick<RealEnIndexRow, 'sub' | 'head'>>> = {
  'A-RES-79-144.en.txt': { head: 16, sub: 4 },
  'A-80-L.22.en.txt': { head: 16, sub: 4 },
  'A-RES-80-110.en.txt': { head: 16, sub: 4 },
};

function subCount(ps: Paragraph[]): number {
  return ps.reduce((n, p) => n + p.subparagraphs.length + subCount(p.subparagraphs), 0);
}

const docs = new Map<string, { text: string; doc: ResolutionDocument }>();
function parsed(file: string): { text: string; doc: ResolutionDocument } {
  let d = docs.get(file);
  if (!d) {
    const text = fs.readFileSync(path.join(REAL_EN_DIR, file), 'utf8');
    d = { text, doc: parseDocument(text) };
    docs.set(file, d);
  }
  return d;
}

describe('parser: the 46 real English texts (../shared/real-en)', function () {
  before(function () {
    skipWithoutRealEn(this);
  });

  it('finds the 46 texts listed in INDEX.md', () => {
    assert.strictEqual(realEnIndex().length, 46);
  });

  for (const row of realEnIndex()) {
    it(`${row.symbol}: ${row.pp} PP, ${row.op} OP, ${row.sub} sub, ${row.head} headings, as INDEX.md counts`, () => {
      const { text, doc } = parsed(row.file);
      const errata = INDEX_ERRATA[row.file] ?? {};
      assert.strictEqual(doc.resolutions.length, 1);
      const r = doc.resolutions[0];
      assert.strictEqual(r.organ?.organ, row.symbol.startsWith('S/') ? 'Security Council' : 'General Assembly');
      assert.strictEqual(r.preambular.length, row.pp, 'preambular paragraphs');
      assert.strictEqual(r.operative.length, row.op, 'operative paragraphs');
      assert.strictEqual(subCount([...r.preambular, ...r.operative]), errata.sub ?? row.sub, 'sub-paragraphs');
      assert.strictEqual(r.headings.length, errata.head ?? row.head, 'section headings');
      // independent counts from the lines themselves: `(a)`/`(iv)` lines are sub-paragraphs, `IV The Area` lines headings
      const lines = text.split('\n');
      assert.strictEqual(subCount([...r.preambular, ...r.operative]), lines.filter((l) => /^\([a-z]{1,4}\) /.test(l)).length);
      if (row.head) assert.strictEqual(r.headings.length, lines.filter((l) => /^[IVX]{1,5} [A-Z]/.test(l)).length || row.head);
      // operative paragraphs numbered 1..N, every paragraph with a leading verb
      assert.deepStrictEqual(r.operative.map((p) => p.number?.value), r.operative.map((_, i) => i + 1));
      for (const p of [...r.preambular, ...r.operative]) assert.ok(p.verb, `${p.label} has a leading verb: ${p.text.slice(0, 60)}`);
      // front matter is metadata, never header text
      assert.strictEqual(doc.frontMatter?.fields.symbol, row.symbol);
      for (const h of [...doc.header, ...(r.header ?? [])]) assert.ok(!/^(?:symbol|date|title|language|source|kind|series):/.test(h.text), `front matter read as a header line: ${h.text}`);
      assert.ok(doc.segments.some((s) => s.kind === 'frontMatter' && s.span.start === 0 || (s.kind === 'frontMatter' && text.slice(0, s.span.start).trim() === '')));
      // no paragraph holds a footnote rule, a footnote definition or a `*` note
      for (const p of [...r.preambular, ...r.operative]) {
        assert.ok(!/_{5}|^On behalf of|Any changes to the list of sponsors/.test(p.text), `${p.label} holds a footnote block: ${p.text.slice(0, 80)}`);
      }
      // every footnote defined in the text is read, and referenced
      const defLines = lines.filter((l) => /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+ /.test(l)).length;
      assert.strictEqual(doc.footnoteDefs.length, defLines, 'footnote definitions');
      const refd = new Set(doc.footnoteRefs.map((f) => f.number));
      for (const d of doc.footnoteDefs) assert.ok(refd.has(d.number), `footnote ${d.number} is referenced`);
      // adopted texts close with the meeting and the date
      if (row.kind === 'resolution') {
        const closing = (r.closing ?? []).map((c) => c.text);
        assert.ok(closing.some((c) => /plenary meeting$/.test(c)), `closing lines: ${closing.join(' | ')}`);
        assert.ok((r.closing ?? []).some((c) => c.date === row.date), `adoption date ${row.date} in the closing lines`);
      }
    });
  }

  it('keeps a real preamble whole across footnote rules: A/RES/79/194 has 55 preambular paragraphs, not one', () => {
    const r = parsed('A-RES-79-194.en.txt').doc.resolutions[0];
    assert.strictEqual(r.preambular.length, 55);
    assert.match(r.preambular[3].text, /^Reaffirming also its resolution 69\/313 of 27 July 2015/);
    assert.strictEqual(r.preambular[1].verb?.verb, 'Recalling also');
    assert.strictEqual(r.preambular[4].verb?.verb, 'Reaffirming further');
  });

  it('reads the `* On behalf of…` note of a draft as a footnote note, not a preambular paragraph (A/C.2/80/L.17)', () => {
    const { doc } = parsed('A-C.2-80-L.17.en.txt');
    const note = doc.segments.find((s) => doc.text.slice(s.span.start, s.span.end).startsWith('* On behalf of'));
    assert.ok(note, 'the note is a segment of its own');
    assert.notStrictEqual(note.kind, 'paragraph');
    assert.ok(doc.header.some((h) => h.kind === 'draftMarker' && /^Iraq:\* draft resolution$/.test(h.text)));
  });

  it('reads the oceans resolution\'s roman-numbered headings as headings, between the right paragraphs (A/RES/79/144)', () => {
    const r = parsed('A-RES-79-144.en.txt').doc.resolutions[0];
    assert.deepStrictEqual(r.headings.slice(0, 3).map((h) => h.text), ['I Implementation of the Convention and related agreements and instruments', 'II Capacity-building', 'III Meeting of States Parties']);
    const second = r.headings[1].span.start;
    assert.strictEqual(r.operative.filter((p) => p.span.start < second).length, 9, 'OP 1–9 under heading I');
    // the annex after the closing lines (its own paragraph 8) is not an operative paragraph
    assert.strictEqual(r.operative[r.operative.length - 1].label, 'OP 381');
  });

  it('reads verbs the lexicon lacks by their shape: `Pays tribute`, `Recommitting to`, `Deeply disturbed by`', () => {
    const all = realEnIndex().flatMap((row) => parsed(row.file).doc.resolutions.flatMap((r) => [...r.preambular, ...r.operative]));
    for (const v of ['Pays', 'Recommitting', 'Deeply disturbed', 'Strongly condemning', 'Further calls']) assert.ok(all.some((p) => p.verb?.verb === v), v);
  });

  it('reads a lead before the verb (`In this regard, calls upon…`) in an English text laid out as the real ones', () => {
    const r = parseDocument('The General Assembly,\n\nRecalling its resolution 79/194,\n\n1. Welcomes the report;\n\n2. In this regard, calls upon all States to act;\n\n3. To this end, requests the Secretary-General to report.\n').resolutions[0];
    assert.deepStrictEqual(r.operative.map((p) => [p.verb?.lead, p.verb?.verb]), [[undefined, 'Welcomes'], ['In this regard,', 'calls upon'], ['To this end,', 'requests']]);
  });
});
