/**
 * Evaluation of the agreed-language engine.
 *
 * 1. Labelled: every paragraph of A/RES/80/118 (seed 000, parsed) checked against A/RES/76/189
 *    (seed 001, parsed) alone, compared with the reviewed labels in
 *    test/fixtures/evaluation/agreed-80-118-vs-76-189.json.
 * 2. Synthetic: drafts made by editing 76/189 paragraphs in known ways (term substituted, clause
 *    dropped, words added, verb changed, a 20–40 character span embedded in new text, a clause
 *    of 20–80 characters inserted at the start, middle or end of a whole paragraph), so the
 *    truth is known by construction; the new paragraphs of 80/118 serve as negatives.
 *
 * The figures are printed in the test output.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { toCorpusDocument, type CorpusDocument } from '../../../server/src/service/corpus';
import { AgreedLanguageIndex, labelledParagraphs, type AgreementStatus, type LocalAgreement } from '../../../server/src/service/matching';
import { normalize } from '../../../server/src/service/matching/normalize';
import { defaultSettings } from '../../../server/src/service/options';
import { parseDocument } from '../../../server/src/service/parser';
import { prng } from '../../bench/synth';

const ROOT = path.join(__dirname, '../../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/evaluation/agreed-80-118-vs-76-189.json');

interface Label {
  label: string;
  status: AgreementStatus;
  sources?: string[];
  note?: string;
}
interface Fixture {
  draft: { file: string; symbol: string };
  corpus: { file: string; symbol: string; date: string };
  labels: Label[];
}

const fixture: Fixture = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
const seed = (f: string) => fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8');
const settings = defaultSettings('zh');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function corpusDocument(): CorpusDocument {
  return toCorpusDocument(parseDocument(seed(fixture.corpus.file)), {
    id: fixture.corpus.symbol,
    path: `builtin:${fixture.corpus.file}`,
    symbol: fixture.corpus.symbol,
    citation: { zh: fixture.corpus.symbol, en: fixture.corpus.symbol },
    kind: 'resolution',
    status: 'adopted',
    date: fixture.corpus.date,
    language: 'zh',
    builtIn: true,
  });
}

describe('evaluation: agreed language', function () {
  this.timeout(120_000);
  let index: AgreedLanguageIndex;
  let corpus: CorpusDocument;

  before(() => {
    corpus = corpusDocument();
    index = new AgreedLanguageIndex();
    index.addDocument(corpus);
  });

  it('80/118 against 76/189: labelled paragraphs, precision/recall, sources, exact vs near', () => {
    const draft = parseDocument(seed(fixture.draft.file));
    const agreements = new Map(index.analyze(draft, settings).map((a) => [a.label, a]));
    assert.strictEqual(labelledParagraphs(draft).length, fixture.labels.length, 'the parser finds the labelled paragraphs');
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let sourceOk = 0;
    let exactNearN = 0;
    let exactNearOk = 0;
    let statusOk = 0;
    const confusion = new Map<string, number>();
    const misses: string[] = [];
    for (const l of fixture.labels) {
      const a = agreements.get(l.label);
      assert.ok(a, `no agreement for ${l.label}`);
      const truth = l.status !== 'new';
      const found = a.status !== 'new';
      const key = `${l.status}→${a.status}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
      if (l.status === a.status) statusOk++;
      else misses.push(`${l.label}: ${l.status} → ${a.status}${l.note ? ` (${l.note})` : ''}`);
      if (truth && found) {
        tp++;
        const got = a.sources.map((s) => s.paragraph);
        if (got.some((g) => (l.sources ?? []).includes(g)) && (l.sources ?? []).includes(got[0])) sourceOk++;
        else misses.push(`${l.label}: source ${got[0]}, expected ${l.sources?.join('/')}`);
        assert.ok(a.sources.every((s) => s.symbol === fixture.corpus.symbol));
      } else if (found) fp++;
      else if (truth) fn++;
      if ((l.status === 'exact' || l.status === 'near') && (a.status === 'exact' || a.status === 'near')) {
        exactNearN++;
        if ((l.status === 'exact') === (a.status === 'exact')) exactNearOk++;
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const sources = sourceOk / tp;
    const exactNear = exactNearOk / exactNearN;
    console.log(`      labelled 80/118 vs 76/189 (${fixture.labels.length} paragraphs, ${tp + fn} reuse agreed language):`);
    console.log(`        precision ${pct(precision)}, recall ${pct(recall)} (tp ${tp}, fp ${fp}, fn ${fn})`);
    console.log(`        correct source ${pct(sources)}; exact vs near told apart ${pct(exactNear)} of ${exactNearN}; same status ${pct(statusOk / fixture.labels.length)}`);
    console.log(`        label→engine: ${[...confusion].filter(([k]) => k.split('→')[0] !== k.split('→')[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    for (const m of misses) console.log(`        · ${m}`);
    assert.ok(precision >= 0.95, `precision ${precision}`);
    assert.ok(recall >= 0.95, `recall ${recall}`);
    assert.ok(sources >= 0.95, `sources ${sources}`);
    assert.ok(exactNear >= 0.9, `exact vs near ${exactNear}`);
  });

  it('synthetic edits with known truth: detection, source, exact vs near, partial spans', () => {
    const rand = prng(20251215);
    const draftLabels = new Map(fixture.labels.map((l) => [l.label, l]));
    const fresh = labelledParagraphs(parseDocument(seed(fixture.draft.file)))
      .filter((lp) => draftLabels.get(lp.label)?.status === 'new' && lp.paragraph.text.length >= 40)
      .map((lp) => lp.paragraph.text);
    const bodies = corpus.paragraphs
      .map((p) => ({ p, body: p.text.slice(p.bodyStart) }))
      .filter((x) => x.body.length >= 60 && x.p.verb);
    interface Case {
      kind: string;
      text: string;
      verb?: string;
      bodyStart: number;
      expect: AgreementStatus;
      source?: number;
      span?: [number, number];
      /** For an inserted clause: the clause, to be named among the changes. */
      inserted?: string;
    }
    const cases: Case[] = [];
    const VERBS = ['强调', '欢迎', '注意到', '重申', '鼓励', '认识到'];
    const WORDS = ['切实', '积极', '全面', '进一步', '有效地'];
    const TERMS = ['协作', '推进', '落实', '加强', '保障'];
    const cjkAt = (s: string, i: number) => /[\u4e00-\u9fff]{2}/.test(s.slice(i, i + 2));
    for (const { p, body } of bodies) {
      const verb = p.verb!;
      const withVerb = (b: string) => ({ text: verb + b, verb, bodyStart: verb.length });
      // 1. a two-character term substituted
      let at = Math.floor(rand() * (body.length - 4));
      while (!cjkAt(body, at) && at < body.length - 3) at++;
      const term = TERMS[Math.floor(rand() * TERMS.length)];
      if (body.slice(at, at + 2) !== term) cases.push({ kind: 'substitute', ...withVerb(body.slice(0, at) + term + body.slice(at + 2)), expect: 'near', source: p.index });
      // 2. a clause dropped (at most 15% of the body)
      const clauses = body.split('，');
      const droppable = clauses.map((c, i) => ({ c, i })).filter(({ c, i }) => i > 0 && c.length > 0 && c.length <= body.length * 0.15);
      if (droppable.length) {
        const d = droppable[Math.floor(rand() * droppable.length)].i;
        cases.push({ kind: 'drop clause', ...withVerb(clauses.filter((_, i) => i !== d).join('，')), expect: 'near', source: p.index });
      }
      // 3. words added at a clause boundary
      const comma = body.indexOf('，', Math.floor(rand() * body.length * 0.8));
      const ins = comma > 0 ? comma + 1 : Math.floor(body.length / 2);
      cases.push({ kind: 'add words', ...withVerb(body.slice(0, ins) + WORDS[Math.floor(rand() * WORDS.length)] + body.slice(ins)), expect: 'near', source: p.index });
      // 4. the verb changed, the body kept
      const other = VERBS.filter((v) => v !== verb)[Math.floor(rand() * (VERBS.length - 1))];
      cases.push({ kind: 'change verb', text: other + body, verb: other, bodyStart: other.length, expect: 'exact', source: p.index });
      // 5. a 20–40 character span of the body embedded in new text
      //    (20–40 characters after normalisation — spaces in `2019 年` do not count — and not
      //    cutting a number in two)
      const want = 20 + Math.floor(rand() * 21);
      const starts = [0, ...[...body.matchAll(/，/g)].map((m) => m.index! + 1)].filter((s) => normalize(body.slice(s)).text.length >= want + 2);
      if (starts.length === 0) continue;
      const s0 = starts[Math.floor(rand() * starts.length)];
      let len = want;
      while (s0 + len < body.length && normalize(body.slice(s0, s0 + len)).text.length < want) len++;
      while (s0 + len < body.length && /[0-9 ]/.test(body[s0 + len]) && /[0-9 ]/.test(body[s0 + len - 1])) len++;
      const span = body.slice(s0, s0 + len);
      const host = fresh[Math.floor(rand() * fresh.length)];
      const cut = host.indexOf('，', Math.floor(host.length / 3));
      const pos = cut > 0 ? cut + 1 : host.length;
      cases.push({ kind: 'embed span', text: host.slice(0, pos) + span + host.slice(pos), bodyStart: 0, expect: 'partial', source: p.index, span: [pos, pos + len] });
    }
    // 6. a whole corpus paragraph with a clause of 20–80 characters (from a new 80/118
    //    paragraph) inserted at the start, in the middle (after a comma) or at the end: a
    //    deviation (near) from that paragraph, with the inserted clause named as added words
    const insertAt: Array<'start' | 'middle' | 'end'> = ['start', 'middle', 'end'];
    for (const { p, body } of bodies) {
      const verb = p.verb!;
      const host = fresh[Math.floor(rand() * fresh.length)];
      const want = 20 + Math.floor(rand() * 61);
      const from = Math.floor(rand() * Math.max(1, host.length - want));
      const clause = host.slice(from, from + want).replace(/^[，、；。\s]+|[，、；。\s]+$/g, '');
      if (clause.length < 20) continue;
      const where = insertAt[Math.floor(rand() * insertAt.length)];
      let b: string;
      if (where === 'start') b = clause + '，' + body;
      else if (where === 'end') b = body.replace(/[，；。]$/, '') + '，' + clause + '；';
      else {
        const commas = [...body.matchAll(/，/g)].map((m) => m.index! + 1).filter((i) => i > 5 && i < body.length - 5);
        const at = commas.length ? commas[Math.floor(rand() * commas.length)] : Math.floor(body.length / 2);
        b = body.slice(0, at) + clause + '，' + body.slice(at);
      }
      cases.push({ kind: `insert clause (${where})`, text: verb + b, verb, bodyStart: verb.length, expect: 'near', source: p.index, inserted: clause });
    }
    // 7. a whole short corpus paragraph (20–50 characters) inside new text at least three times
    //    as long: a short reused span in otherwise new text stays partial reuse, not a deviation
    for (const p of corpus.paragraphs) {
      const body = p.text.slice(p.bodyStart).replace(/[，；。]$/, '');
      const n = normalize(body).text.length;
      if (n < 20 || n > 50) continue;
      const host = fresh.find((h) => normalize(h).text.length >= 3 * n && h.indexOf('，', Math.floor(h.length / 3)) > 0 && !cases.some((c) => c.kind === 'short paragraph in new text' && c.text.startsWith(h.slice(0, 10))));
      if (!host) continue;
      const pos = host.indexOf('，', Math.floor(host.length / 3)) + 1;
      cases.push({ kind: 'short paragraph in new text', text: host.slice(0, pos) + body + '，' + host.slice(pos), bodyStart: 0, expect: 'partial', source: p.index, span: [pos, pos + body.length] });
    }
    // negatives: the new paragraphs of 80/118 as they are
    for (const text of fresh) cases.push({ kind: 'new text', text, bodyStart: 0, expect: 'new' });

    let tp = 0;
    let fp = 0;
    let fn = 0;
    let sourceOk = 0;
    let enN = 0;
    let enOk = 0;
    let spanN = 0;
    let spanMaxErr = 0;
    let spanErrSum = 0;
    let spanFar = 0;
    let insN = 0;
    let insNamed = 0;
    const byKind = new Map<string, { n: number; ok: number }>();
    const failures: string[] = [];
    for (const c of cases) {
      const r: LocalAgreement = index.analyzeParagraph({ text: c.text, verb: c.verb, bodyStart: c.bodyStart }, settings);
      const k = byKind.get(c.kind) ?? { n: 0, ok: 0 };
      k.n++;
      if (r.status === c.expect) k.ok++;
      else failures.push(`${c.kind}: expected ${c.expect}, got ${r.status} — ${c.span ? `“${c.text.slice(c.span[0], c.span[1])}” in ` : ""}${c.text.slice(0, 40)}…`);
      byKind.set(c.kind, k);
      const truth = c.expect !== 'new';
      const found = r.status !== 'new';
      if (truth && found) {
        tp++;
        if (r.sources[0].docId === corpus.meta.id && r.sources[0].paragraphIndex === c.source) sourceOk++;
        else failures.push(`${c.kind}: source ${r.sources[0].paragraph}, built from ${corpus.paragraphs[c.source!].label}${r.sources.some((x) => x.paragraphIndex === c.source) ? ' (listed further down)' : ''}`);
      } else if (found) fp++;
      else if (truth) fn++;
      if ((c.expect === 'exact' || c.expect === 'near') && (r.status === 'exact' || r.status === 'near')) {
        enN++;
        if (r.status === c.expect) enOk++;
      }
      if (c.expect === 'exact') {
        const v = r.sources[0]?.changes.find((ch) => ch.kind === 'verb');
        assert.ok(v && v.to === c.verb, `verb change reported for ${c.text.slice(0, 20)}`);
      }
      if (c.inserted && r.status === 'near' && r.sources[0]?.paragraphIndex === c.source) {
        // the inserted clause is named: an added (or changed) phrase that is the clause, give or
        // take a joining comma or a word at its edges
        insN++;
        const clause = normalize(c.inserted).text;
        const named = r.sources[0].changes.some((ch) => {
          if (ch.kind !== 'added' && ch.kind !== 'changed') return false;
          const to = normalize(ch.to ?? '').text.replace(/^[,;]+|[,;]+$/g, '');
          return to.includes(clause.slice(2, -2)) && to.length <= clause.length + 8;
        });
        if (named) insNamed++;
        else failures.push(`inserted clause not named: “${c.inserted}” — changes ${JSON.stringify(r.sources[0].changes)}`);
      }
      if (c.span && r.status === 'partial') {
        // the range that overlaps the embedded span
        const hit = r.ranges.find((x) => x.start < c.span![1] && c.span![0] < x.end);
        if (hit) {
          const err = Math.max(Math.abs(hit.start - c.span[0]), Math.abs(hit.end - c.span[1]));
          spanN++;
          spanErrSum += err;
          spanMaxErr = Math.max(spanMaxErr, err);
          if (err > 3) {
            spanFar++;
            failures.push(`span off by ${err}: expected “${c.text.slice(c.span[0], c.span[1])}”, got “${c.text.slice(hit.start, hit.end)}”`);
          }
        }
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const sources = sourceOk / tp;
    const exactNear = enOk / enN;
    const spanOk = spanN ? (spanN - spanFar) / spanN : 0;
    console.log(`      synthetic: ${cases.length} paragraphs (${[...byKind].map(([k, v]) => `${k} ${v.ok}/${v.n}`).join(', ')})`);
    console.log(`        precision ${pct(precision)}, recall ${pct(recall)}; correct source ${pct(sources)}; exact vs near ${pct(exactNear)}`);
    console.log(`        partial spans: ${spanN} located, ${pct(spanOk)} within 3 characters (mean error ${(spanErrSum / Math.max(1, spanN)).toFixed(2)}, max ${spanMaxErr})`);
    console.log(`        inserted clauses named as added words: ${insNamed}/${insN}`);
    for (const f of failures.slice(0, 12)) console.log(`        · ${f}`);
    assert.ok(cases.length > 200);
    assert.ok(precision >= 0.95, `precision ${precision}`);
    assert.ok(recall >= 0.95, `recall ${recall}`);
    assert.ok(sources >= 0.95, `sources ${sources}`);
    assert.ok(exactNear >= 0.9, `exact vs near ${exactNear}`);
    assert.ok(spanN >= byKind.get('embed span')!.n * 0.95, `spans located ${spanN}`);
    assert.ok(spanOk >= 0.95, `spans within 3 characters ${spanOk}`);
    const insertions = [...byKind].filter(([k]) => k.startsWith('insert clause')).reduce((t, [, v]) => ({ n: t.n + v.n, ok: t.ok + v.ok }), { n: 0, ok: 0 });
    assert.ok(insertions.n >= 60, `insertion cases ${insertions.n}`);
    assert.ok(insertions.ok >= insertions.n * 0.95, `insertions found as near ${insertions.ok}/${insertions.n}`);
    assert.ok(insNamed >= insN * 0.9, `inserted clauses named ${insNamed}/${insN}`);
    const short = byKind.get('short paragraph in new text');
    assert.ok(short && short.n >= 3 && short.ok === short.n, `short paragraphs in new text kept partial ${short?.ok}/${short?.n}`);
  });
});

describe('evaluation: spacing, width and punctuation are never changes', () => {
  it('76/189 paragraphs respelt (2030 年/2030年, full/half-width punctuation and brackets, curly/straight quotes) stay exact', () => {
    const index = new AgreedLanguageIndex();
    const c = corpusDocument();
    index.addDocument(c);
    const respell = (t: string) =>
      t
        .replace(/(\d) 年/g, '$1年')
        .replace(/(\d) (月|日)/g, '$1$2')
        .replace(/[（]/g, '(')
        .replace(/[）]/g, ')')
        .replace(/，/g, ',')
        .replace(/；/g, ';')
        .replace(/[“”]/g, '"')
        .replace(/：/g, ':');
    let n = 0;
    for (const p of c.paragraphs) {
      const body = p.text.slice(p.bodyStart);
      const respelt = respell(body);
      if (respelt === body || normalize(body).text.length < 12) continue;
      n++;
      const verb = p.verb ?? '';
      const r = index.analyzeParagraph({ text: verb + respelt, verb: p.verb, bodyStart: verb.length }, settings);
      assert.strictEqual(r.status, 'exact', `${p.label}: ${r.status} ${JSON.stringify(r.sources[0]?.changes)}`);
      assert.deepStrictEqual(r.sources[0].changes.filter((ch) => ch.kind !== 'verb'), []);
    }
    assert.ok(n > 50, `respelt paragraphs ${n}`);
  });

  it('no change reported over the 80/118-vs-76/189 pairs is only spacing, full/half width, brackets or quotes', () => {
    const index = new AgreedLanguageIndex();
    index.addDocument(corpusDocument());
    const draft = parseDocument(seed(fixture.draft.file));
    // what may differ between two spellings of the same words
    const canon = (s: string) =>
      s
        .normalize('NFKC')
        .replace(/[\s“”"‘’'「」『』()（）\[\]【】,，、.。;；:：!！?？《》<>〈〉\-–—]/g, '');
    let changes = 0;
    const bad: string[] = [];
    for (const a of index.analyze(draft, settings)) {
      for (const s of a.status === 'partial' ? a.spanSources?.flat() ?? a.sources : a.sources) {
        for (const c of s.changes) {
          if (c.kind === 'verb') continue;
          changes++;
          if (canon(c.from ?? '') === canon(c.to ?? '')) bad.push(`${a.label}: ${JSON.stringify(c)}`);
        }
      }
    }
    console.log(`      ${changes} changes reported, ${bad.length} only spacing/width/punctuation`);
    assert.ok(changes > 50, `changes ${changes}`);
    assert.deepStrictEqual(bad, []);
  });
});
