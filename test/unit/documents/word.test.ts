/**
 * The Word readers on the fixtures the project makes (scripts/fixtures/make-fixtures.ts):
 * seeds 000 and 001 and a hand-written English draft as .docx with real footnotes and
 * Word list numbering, their .doc conversions, tracked changes, and files that must give a
 * clear warning instead of text (macros, zip bombs, damaged, password-protected).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { extractDocument, type ExtractedDocument } from '../../../server/src/service/documents';
import { createLanguageService } from '../../../server/src/service/languageService';
import { encryptedDocxContainer } from '../../support/oleWriter';
import { hasSoffice, SOFFICE_MISSING, sofficeConvert } from '../../support/soffice';
import { ENGLISH_DRAFT, expectedText, FIXTURE_DIR, fixtureDocuments, paragraphLines, toDocx } from '../../support/wordFixtures';
import { withTempDir } from '../../support/tempDir';

const read = (name: string) => fs.readFileSync(path.join(FIXTURE_DIR, name));
const extract = (name: string, options = {}) => extractDocument(read(name), name, options);
const codes = (r: ExtractedDocument) => r.warnings.map((w) => w.code);
const docs = fixtureDocuments();
/** The list numbers opening paragraphs (`1.`, `(a)`), in order. */
const listLabels = (text: string) => text.split('\n').flatMap((l) => /^\s*(\d+\.|\([a-z]{1,4}\))\s/.exec(l)?.[1] ?? []);

describe('documents/word: .docx', () => {
  for (const name of ['zh-80-118', 'zh-76-189', 'en-draft'] as const) {
    it(`${name}.docx reads back as the resolution text it was made from`, async () => {
      const r = await extract(`${name}.docx`);
      assert.strictEqual(r.format, 'docx');
      assert.deepStrictEqual(r.warnings, []);
      assert.strictEqual(r.text, expectedText(docs[name]));
    });
  }

  it('writes out Word list numbers (not in the text) and drops the masthead, header and footer', async () => {
    const r = await extract('zh-80-118.docx');
    const lines = paragraphLines(r.text);
    const ops = lines.filter((l) => /^\d+\. /.test(l)).map((l) => Number(/^(\d+)/.exec(l)![1]));
    assert.ok(ops.length >= 20, `operative paragraphs: ${ops.length}`);
    assert.deepStrictEqual(ops, ops.map((_, i) => i + 1));
    assert.ok(lines.some((l) => l.startsWith('1. 确认信息和通信技术具有潜力')));
    for (const furniture of ['A/RES/80/118', '25-20000 (C)', '分发：普遍', '联合国']) {
      assert.ok(!lines.includes(furniture), `page furniture in the text: ${furniture}`);
    }
    const en = paragraphLines((await extract('en-draft.docx')).text);
    assert.ok(en.includes('(a) To set national targets for functioning rural water points and to report on them regularly;'));
    const afterSubs = en[en.findIndex((l) => l.startsWith('(c) ')) + 1];
    assert.match(afterSubs, /^3\. Invites /, 'sub-paragraph letters restart and the operative numbering goes on');
  });

  it('gives footnotes as superscript references and one line each after the rule', async () => {
    const r = await extract('en-draft.docx');
    assert.match(r.text, /Sustainable Development",¹\n/);
    const block = r.text.slice(r.text.indexOf('__________________'));
    assert.match(block, /^__________________\n¹ Resolution 70\/1, annex\.\n² See A\/99\/123, paras\. 14–20\.\n/);
  });

  it('the text it gives is a resolution every check reads: numbering and footnotes clean', async () => {
    for (const [name, locale] of [['zh-80-118', 'zh'], ['en-draft', 'en']] as const) {
      const text = (await extract(`${name}.docx`)).text;
      const analysis = createLanguageService({ settings: { locale } }).analyze(text);
      const [resolution] = analysis.document.resolutions;
      assert.ok(resolution, `${name}: a resolution is found`);
      // (Preambular paragraphs are not counted: with a `__________________` rule the parser takes the text for
      // PDF layout and joins unnumbered paragraphs, for the real-en texts as for these; a parser matter.)
      assert.ok(resolution.operative.length >= 9, `${name}: operative paragraphs ${resolution.operative.length}`);
      assert.strictEqual(analysis.document.footnoteDefs.length, analysis.document.footnoteRefs.length, `${name}: footnotes`);
      assert.ok(analysis.document.footnoteDefs.length >= 6, `${name}: footnotes found`);
      const structural = analysis.diagnostics.filter((d) => /^(paragraph-numbering|footnote-)/.test(String(d.code)));
      assert.deepStrictEqual(structural.map((d) => `${d.code}: ${d.message}`), [], name);
    }
  });

  it('keeps a custom-mark footnote (the `*` of a sponsors\' note) out of the numbering', async () => {
    // Word writes such a note as w:customMarkFollows with the typed mark after it, in the text and in the note.
    const zip = await JSZip.loadAsync(read('en-draft.docx'));
    const ref = '<w:footnoteReference w:id="1"/></w:r>';
    const xml = await zip.file('word/document.xml')!.async('string');
    assert.ok(xml.includes(ref));
    zip.file('word/document.xml', xml.replace(ref, '<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r>'));
    const notes = await zip.file('word/footnotes.xml')!.async('string');
    zip.file('word/footnotes.xml', notes.replace(/(<w:footnote w:id="1">.*?)<w:footnoteRef\/>/, '$1<w:t>*</w:t>'));
    const r = await extractDocument(await zip.generateAsync({ type: 'nodebuffer' }), 'sponsors.docx');
    assert.match(r.text, /Sustainable Development",\*\n/);
    const block = r.text.slice(r.text.indexOf('__________________'));
    assert.match(block, /^__________________\n\* Resolution 70\/1, annex\.\n¹ See A\/99\/123, paras\. 14–20\.\n/);
    assert.match(r.text, /a few years,¹\n/);
  });

  it('reads tracked changes as the accepted text: insertions kept, deletions dropped', async () => {
    const r = await extract('en-draft-tracked.docx');
    assert.strictEqual(r.text, expectedText(docs['en-draft-tracked']));
    assert.match(r.text, /^1\. Welcomes sincerely the efforts/m);
    assert.match(r.text, /^2\. Calls upon all Member States/m);
    assert.doesNotMatch(r.text, /warmly|each of the/);
  });

  it('reports macros and reads the text without them', async () => {
    const r = await extract('en-draft-macros.docm');
    assert.deepStrictEqual(codes(r), ['macros-ignored']);
    assert.match(r.warnings[0].detail!, /vbaProject\.bin/);
    assert.strictEqual(r.text, expectedText(ENGLISH_DRAFT));
  });

  it('refuses a zip bomb by its declared size, with a clear warning', async () => {
    const bytes = read('zip-bomb.docx');
    assert.ok(bytes.length < 200_000);
    const r = await extractDocument(bytes, 'zip-bomb.docx');
    assert.deepStrictEqual(codes(r), ['too-large']);
    assert.strictEqual(r.text, '');
  });

  it('stops inflating an entry that lies about its size', async () => {
    // A docx whose document.xml is 3 MB of text but whose zip headers say 1 KB.
    const zip = await JSZip.loadAsync(await toDocx(ENGLISH_DRAFT));
    const padding = 'x'.repeat(3 * 1024 * 1024);
    const xml = (await zip.file('word/document.xml')!.async('string')).replace('</w:body>', `<!--${padding}--></w:body>`);
    zip.file('word/document.xml', xml);
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const lied = Buffer.from(bytes);
    for (let i = 0; i + 4 <= lied.length; i++) {
      const sig = lied.readUInt32LE(i);
      if (sig === 0x04034b50 && lied.readUInt32LE(i + 22) > 1_000_000) lied.writeUInt32LE(1024, i + 22);
      if (sig === 0x02014b50 && lied.readUInt32LE(i + 24) > 1_000_000) lied.writeUInt32LE(1024, i + 24);
    }
    const honest = await extractDocument(bytes, 'big.docx', { maxUncompressedBytes: 1024 * 1024 });
    assert.deepStrictEqual(codes(honest), ['too-large']);
    const r = await extractDocument(lied, 'lying.docx', { maxUncompressedBytes: 1024 * 1024 });
    assert.strictEqual(r.text, '');
    assert.deepStrictEqual(codes(r), ['too-large'], JSON.stringify(r.warnings));
  });

  it('reports a damaged file and never throws on garbage', async () => {
    const r = await extract('damaged.docx');
    assert.deepStrictEqual(codes(r), ['damaged']);
    assert.strictEqual(r.text, '');
    for (const bytes of [Buffer.alloc(0), Buffer.from('PK\x03\x04 not really a zip'), Buffer.from('plain words')]) {
      const g = await extractDocument(bytes, 'x.docx');
      assert.strictEqual(g.text, '');
      assert.deepStrictEqual(codes(g), ['damaged']);
    }
    // A zip that is no Word document.
    const zip = new JSZip();
    zip.file('hello.txt', 'hello');
    const notWord = await extractDocument(await zip.generateAsync({ type: 'nodebuffer' }), 'x.docx');
    assert.deepStrictEqual(codes(notWord), ['damaged']);
    assert.match(notWord.warnings[0].detail!, /not a Word document/);
  });

  it('reports a password-protected .docx (an OLE file holding an encrypted package)', async () => {
    const r = await extract('password.docx');
    assert.strictEqual(r.format, 'docx');
    assert.deepStrictEqual(codes(r), ['encrypted']);
    assert.strictEqual(r.text, '');
  });

  it('gives up after the time limit with a timeout warning', async () => {
    const r = await extract('zh-80-118.docx', { timeoutMs: 1 });
    assert.deepStrictEqual(codes(r), ['timeout']);
    assert.strictEqual(r.text, '');
  });

  it('keeps Word metadata (title) from the core properties', async () => {
    const r = await extract('en-draft.docx');
    assert.strictEqual(r.meta?.title, ENGLISH_DRAFT.title);
  });
});

describe('documents/word: .doc (Word 97–2003)', () => {
  const withoutLabels = (text: string) => paragraphLines(text).map((l) => l.replace(/^(\d+\.|\([a-z]\)) /, ''));

  for (const name of ['en-draft', 'zh-80-118'] as const) {
    it(`${name}.doc (LibreOffice's conversion) gives the paragraphs, footnotes and Word list numbers`, async () => {
      const r = await extract(`${name}.doc`);
      assert.strictEqual(r.format, 'doc');
      assert.deepStrictEqual(codes(r), []);
      assert.deepStrictEqual(withoutLabels(r.text), withoutLabels(expectedText(docs[name])));
      // The list numbers are read from the file's list tables. LibreOffice's .doc export puts the first
      // operative paragraph in a list of its own, so the file itself numbers 1., 1., 2. … (LibreOffice
      // reads it back so too: `soffice --convert-to txt`, and the test below checks it where installed).
      const want = listLabels(expectedText(docs[name]));
      const first = want.indexOf('1.');
      const asFiled = want.map((l, i) => (i > first && /^\d+\.$/.test(l) ? `${Number(l.slice(0, -1)) - 1}.` : l));
      assert.deepStrictEqual(listLabels(r.text), asFiled);
    });
  }

  it('where soffice exists: the numbers of a .doc LibreOffice makes now are those LibreOffice reads from it', async function () {
    this.timeout(300_000);
    if (!hasSoffice()) {
      console.log(`      (skipped: ${SOFFICE_MISSING})`);
      this.skip();
    }
    await withTempDir('doc-lists-', async (dir) => {
      // The English draft alone (its operative paragraphs and sub-paragraphs): two soffice runs take ~30 s.
      const docx = ['en-draft'].map((n) => {
        const f = path.join(dir, `${n}.docx`);
        fs.copyFileSync(path.join(FIXTURE_DIR, `${n}.docx`), f);
        return f;
      });
      const made = sofficeConvert(docx, 'doc', dir);
      const txtDir = path.join(dir, 'txt');
      fs.mkdirSync(txtDir);
      const txt = sofficeConvert(made, 'txt', txtDir);
      for (let i = 0; i < made.length; i++) {
        const r = await extractDocument(fs.readFileSync(made[i]), path.basename(made[i]));
        assert.deepStrictEqual(codes(r), [], made[i]);
        const libreOffice = listLabels(fs.readFileSync(txt[i], 'utf8').replace(/^\uFEFF/, ''));
        assert.ok(libreOffice.length >= 10, `LibreOffice's text has list numbers: ${libreOffice.join(' ')}`);
        assert.deepStrictEqual(listLabels(r.text), libreOffice, made[i]);
      }
    });
  });

  it('reports a .doc whose FIB says it is encrypted', async () => {
    const bytes = Buffer.from(read('en-draft.doc'));
    // The WordDocument stream's FIB opens with 0xA5EC; fEncrypted is bit 8 of the flags at offset 0x0A.
    const at = bytes.indexOf(Buffer.from([0xec, 0xa5]), 512);
    assert.ok(at > 0 && at % 512 === 0, 'FIB at a sector start');
    bytes[at + 11] |= 0x01;
    const r = await extractDocument(bytes, 'locked.doc');
    assert.deepStrictEqual(codes(r), ['encrypted']);
    assert.strictEqual(r.text, '');
  });

  it('an OLE file that is neither .doc nor an encrypted package is damaged, not a crash', async () => {
    const r = await extractDocument(encryptedDocxContainer().subarray(0, 1024), 'cut.doc');
    assert.strictEqual(r.text, '');
    assert.strictEqual(r.warnings.length, 1);
  });
});
