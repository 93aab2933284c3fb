/**
 * The per-language profile tests for fr/es/ru/ar (`<id>.test.ts` call `describeLanguage`): the service
 * reads each fixture draft (test/fixtures/languages/<id>) against its precedent and finds what
 * expected.json says — structure counts, every seeded defect and nothing else, the agreed-language
 * reuse with its source — and the synthetic agreed-language evaluation of the language reaches
 * precision and recall 0.95 (figures printed).
 */
import * as assert from 'assert';
import * as path from 'path';
import type { Corpus } from '../../../server/src/service/corpus';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import type { LanguageData } from '../../../server/src/service/language/data/types';
import { createLanguageService, type Analysis } from '../../../server/src/service/languageService';
import type { ParagraphAgreement } from '../../../server/src/service/matching';
import type { Paragraph, ResolutionDocument, ServiceDiagnostic } from '../../../server/src/service/model';
import { defaultSettings } from '../../../server/src/service/options';
import { parseDocument } from '../../../server/src/service/parser';
import { prng } from '../../bench/synth';
import { synthAgreedCases, type SynthCase } from '../../support/agreedSynth';
import { readLanguageFixture } from '../../support/languageFixtures';

const ROOT = path.join(__dirname, '../../..');
/** Codes the fixtures seed: the structure checks and the reference checks. */
export const SEEDED_CODES = ['paragraph-numbering', 'paragraph-punctuation', 'footnote-undefined', 'footnote-unused', 'footnote-order', 'reference-malformed', 'reference-inconsistent'];
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function allParagraphs(doc: ResolutionDocument): Paragraph[] {
  const out: Paragraph[] = [];
  const walk = (p: Paragraph) => {
    out.push(p);
    p.subparagraphs.forEach(walk);
  };
  for (const r of doc.resolutions) [...r.preambular, ...r.operative].forEach(walk);
  return out;
}

export async function precedentCorpus(id: string): Promise<Corpus> {
  return loadCorpus({ paths: [path.join(ROOT, 'test/fixtures/languages', id, 'precedent.md')], includeBuiltIn: false });
}

/** The 1-based line of a diagnostic. */
const lineOf = (d: ServiceDiagnostic) => d.range.start.line + 1;

export interface LanguageRun {
  analysis: Analysis;
  corpus: Corpus;
  draft: string;
}

export function describeLanguage(data: LanguageData, extra?: (run: () => LanguageRun) => void): void {
  const id = data.id;
  const { draft, precedent, expected } = readLanguageFixture(id);
  describe(`language ${id}: the ${data.endonym} fixture and evaluation`, function () {
    this.timeout(120_000);
    let corpus: Corpus;
    let analysis: Analysis;
    before(async () => {
      corpus = await precedentCorpus(id);
      analysis = createLanguageService({ corpus, settings: { locale: 'en' } }).analyze(draft);
    });

    it('detects the language and reads the structure: counts pinned, paragraphs on their lines', () => {
      const doc = parseDocument(draft);
      assert.strictEqual(doc.language, id);
      assert.strictEqual(doc.resolutions.length, 1);
      const r = doc.resolutions[0];
      assert.strictEqual(r.organ?.organ, 'General Assembly');
      assert.strictEqual(r.organ?.range.start.line, 12);
      assert.deepStrictEqual(r.preambular.map((p) => p.range.start.line + 1), expected.structure.preambularLines);
      assert.deepStrictEqual(r.operative.map((p) => p.range.start.line + 1), expected.structure.operativeLines);
      const subs = r.operative.flatMap((p) => p.subparagraphs);
      assert.deepStrictEqual(subs.map((p) => p.range.start.line + 1), expected.structure.subparagraphLines);
      assert.deepStrictEqual(subs.map((p) => p.number?.value), [1, 2, 3]);
      assert.strictEqual(doc.footnoteDefs.length, expected.structure.footnoteDefinitions);
      assert.strictEqual(doc.footnoteRefs.length, expected.structure.footnoteReferences);
      // every paragraph's leading verb found, the body after it
      for (const p of [...r.preambular, ...r.operative]) assert.ok(p.verb, `${p.label}: leading verb of “${p.text.slice(0, 30)}”`);
    });

    it('the precedent parses clean: same anatomy, no structure or reference finding', () => {
      const doc = parseDocument(precedent);
      assert.strictEqual(doc.language, id);
      assert.strictEqual(doc.resolutions[0].preambular.length, 7);
      assert.strictEqual(doc.resolutions[0].operative.length, 8);
      const found = createLanguageService({ settings: { locale: 'en' } })
        .analyze(precedent)
        .diagnostics.filter((d) => SEEDED_CODES.includes(d.code));
      assert.deepStrictEqual(found.map((d) => `${d.code} ${lineOf(d)}`), []);
    });

    it('every structure and reference check fires on its seeded defect and nowhere else', () => {
      const found = analysis.diagnostics.filter((d) => SEEDED_CODES.includes(d.code)).map((d) => `${d.code} line ${lineOf(d)}`);
      const want = expected.defects.map((d) => `${d.code} line ${d.line}`);
      assert.deepStrictEqual([...found].sort(), [...want].sort());
      // the ranges cover what is wrong
      for (const d of analysis.diagnostics) {
        const seeded = expected.defects.find((x) => x.code === d.code && x.line === lineOf(d));
        if (!seeded?.text || !d.span) continue;
        const text = draft.slice(d.span.start, d.span.end);
        assert.ok(text.includes(seeded.text), `${d.code}: range “${text}” holds “${seeded.text}”`);
      }
    });

    it('agreed language: exact, near and partial reuse found with the right source; new paragraphs stay new', () => {
      const doc = analysis.document;
      const byLine = new Map<number, ParagraphAgreement>();
      const paras = allParagraphs(doc);
      for (const a of analysis.agreements) {
        const p = paras.filter((x) => x.label === a.label);
        for (const x of p) byLine.set(x.range.start.line + 1, a);
      }
      const rows: string[] = [];
      for (const want of expected.agreed) {
        const a = byLine.get(want.line);
        assert.ok(a, `${want.paragraph}: analysed`);
        rows.push(`${want.paragraph} ${want.status}→${a.status} ${a.sources[0]?.paragraph ?? '-'}`);
        assert.strictEqual(a.status, want.status, `${want.paragraph} (${want.kind}): ${a.status}`);
        assert.strictEqual(a.sources[0]?.paragraph, want.source, `${want.paragraph}: source ${a.sources[0]?.paragraph}`);
        assert.strictEqual(a.sources[0]?.symbol, expected.precedent.symbol);
        if (want.status === 'partial') {
          const span = a.spans[0];
          const got = draft.slice(span.start, span.end);
          assert.ok(Math.abs(got.length - want.span!.length) <= 3 && (got.includes(want.span!) || want.span!.includes(got)), `${want.paragraph}: partial span “${got}”`);
        }
      }
      for (const n of expected.new) {
        const a = byLine.get(n.line);
        assert.ok(!a || a.status === 'new', `${n.paragraph} is new, found ${a?.status} ${a?.sources[0]?.paragraph}`);
      }
    });

    it('synthetic evaluation: edits of known kind of the precedent paragraphs, precision and recall ≥ 0.95', () => {
      const doc = corpus.documents[0];
      // negatives: the draft's new paragraphs and sub-paragraphs as they are
      const fresh = [...expected.new.map((n) => n.line), ...expected.structure.subparagraphLines]
        .map((line) => allParagraphs(analysis.document).find((p) => p.range.start.line + 1 === line)!)
        .filter((p) => p && p.text.length >= 40)
        .map((p) => p.text);
      const cases = synthAgreedCases(
        data,
        doc.paragraphs.map((p) => ({ index: p.index, kind: p.kind, text: p.text, verb: p.verb, bodyStart: p.bodyStart })),
        fresh,
        prng(20241219),
        3,
      );
      const settings = defaultSettings('en');
      let tp = 0;
      let fp = 0;
      let fn = 0;
      let sourceOk = 0;
      let enN = 0;
      let enOk = 0;
      let spanN = 0;
      let spanFar = 0;
      const byKind = new Map<string, { n: number; ok: number }>();
      const failures: string[] = [];
      for (const c of cases as SynthCase[]) {
        const r = corpus.index.analyzeParagraph({ text: c.text, verb: c.verb, bodyStart: c.bodyStart }, settings);
        const k = byKind.get(c.kind) ?? { n: 0, ok: 0 };
        k.n++;
        if (r.status === c.expect) k.ok++;
        else failures.push(`${c.kind}: expected ${c.expect}, got ${r.status} — ${c.text.slice(0, 60)}…`);
        byKind.set(c.kind, k);
        const truth = c.expect !== 'new';
        const found = r.status !== 'new';
        if (truth && found) {
          tp++;
          // a reused span that stands in several precedent paragraphs may be credited to any of them
          const fold = (x: string) => x.toLowerCase().replace(/\s+/g, ' ');
          const spanIn = c.span && fold(r.sources[0].text).includes(fold(c.text.slice(c.span[0], c.span[1])));
          if (r.sources[0].paragraphIndex === c.source || spanIn) sourceOk++;
          else failures.push(`${c.kind}: source ${r.sources[0].paragraph}, built from ${doc.paragraphs.find((p) => p.index === c.source)?.label}`);
        } else if (found) fp++;
        else if (truth) fn++;
        if ((c.expect === 'exact' || c.expect === 'near') && (r.status === 'exact' || r.status === 'near')) {
          enN++;
          if (r.status === c.expect) enOk++;
        }
        if (c.span && r.status === 'partial') {
          const hit = r.ranges.find((x) => x.start < c.span![1] && c.span![0] < x.end);
          if (hit) {
            spanN++;
            const err = Math.max(Math.abs(hit.start - c.span[0]), Math.abs(hit.end - c.span[1]));
            if (err > 3) {
              spanFar++;
              failures.push(`span off by ${err}: expected “${c.text.slice(c.span[0], c.span[1])}”, got “${c.text.slice(hit.start, hit.end)}”`);
            }
          }
        }
      }
      const precision = tp / (tp + fp);
      const recall = tp / (tp + fn);
      const sources = sourceOk / Math.max(1, tp);
      console.log(`      ${id} synthetic: ${cases.length} paragraphs (${[...byKind].map(([k, v]) => `${k} ${v.ok}/${v.n}`).join(', ')})`);
      console.log(`        precision ${pct(precision)}, recall ${pct(recall)} (tp ${tp}, fp ${fp}, fn ${fn}); correct source ${pct(sources)}; exact vs near ${pct(enOk / Math.max(1, enN))}; partial spans within 3 characters ${spanN - spanFar}/${spanN}`);
      for (const f of failures.slice(0, 8)) console.log(`        · ${f}`);
      assert.ok(cases.length >= 150, `cases ${cases.length}`);
      assert.ok(precision >= 0.95, `precision ${precision}`);
      assert.ok(recall >= 0.95, `recall ${recall}`);
      assert.ok(sources >= 0.95, `sources ${sources}`);
      assert.ok(enOk / Math.max(1, enN) >= 0.9, `exact vs near ${enOk}/${enN}`);
      const embedded = byKind.get('embed span')?.n ?? 0;
      assert.ok(embedded >= 20 && spanN >= embedded * 0.95, `partial spans located ${spanN}/${embedded}`);
      assert.ok(spanN - spanFar >= spanN * 0.95, `partial spans within 3 characters ${spanN - spanFar}/${spanN}`);
    });

    extra?.(() => ({ analysis, corpus, draft }));
  });
}
