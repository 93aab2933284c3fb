/**
 * containment.ts and guidedDiff.ts on paragraphs of the seeds.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { toCorpusDocument } from '../../../server/src/service/corpus';
import { AgreedLanguageIndex, labelledParagraphs, sourceMessage } from '../../../server/src/service/matching';
import { defaultSettings } from '../../../server/src/service/options';
import { alignSpans, prepare } from '../../../server/src/service/matching/align';
import { commonInOrder, containment, forwardChain } from '../../../server/src/service/matching/containment';
import { containedChanges } from '../../../server/src/service/matching/guidedDiff';
import { normalize } from '../../../server/src/service/matching/normalize';
import { units } from '../../../server/src/service/matching/shingles';
import { splitLeadingVerb } from '../../../server/src/service/language';
import { parseDocument } from '../../../server/src/service/parser';

const SEEDS = path.join(__dirname, '../../../seeds');
const paragraphs = (f: string) => new Map(labelledParagraphs(parseDocument(fs.readFileSync(path.join(SEEDS, f), 'utf8'))).map((p) => [p.label, p.paragraph.text]));
const p80 = paragraphs('000_1ed030a242e859ae.txt');
const p76 = paragraphs('001_8d8e352413f896fa.txt');
const body = (t: string) => normalize(t, splitLeadingVerb(t).bodyStart);

function measure(draftText: string, corpusText: string) {
  const a = normalize(draftText);
  const b = normalize(corpusText);
  const c = containment(a.text, b.text, alignSpans(prepare(units(a.text)), prepare(units(b.text))));
  return { a, b, c, coverage: c.corpusCovered / b.text.length, share: c.draftCovered / a.text.length };
}

describe('matching/containment', () => {
  it('a corpus paragraph with a clause inserted is fully contained, whatever the clause length', () => {
    const corpus = p76.get('OP 18')!;
    for (const clause of ['包括社区网络', '，包括社区网络和其他负担得起、可扩大、包容性并提供最后一英里连通解决方案的技术和商业模式，']) {
      const at = corpus.indexOf('可酌情');
      const m = measure(corpus.slice(0, at) + clause + corpus.slice(at), corpus);
      assert.ok(m.coverage > 0.98, `coverage ${m.coverage}`);
      assert.ok(m.share < 1 && m.share > 0.5);
    }
  });

  it('a changed word is not covered: coverage drops by about its length', () => {
    const corpus = p76.get('OP 30')!;
    assert.ok(corpus.includes('因特网'));
    const m = measure(corpus.replace('因特网', '互联网'), corpus);
    const lost = 1 - m.coverage;
    assert.ok(lost > 0 && lost * m.b.text.length <= 6, `lost ${lost * m.b.text.length} chars`);
  });

  it('short shared words between spans count (80/118 OP 7 holds 76/189 OP 5), a rewritten clause does not (PP 15 vs PP 14)', () => {
    const op7 = measure(p80.get('OP 7')!, p76.get('OP 5')!);
    assert.ok(op7.coverage >= 0.85, `OP 7 ${op7.coverage}`);
    const pp15 = measure(p80.get('PP 15')!, p76.get('PP 14')!);
    assert.ok(pp15.coverage < 0.6, `PP 15 ${pp15.coverage}`);
  });

  it('unrelated paragraphs are not contained', () => {
    const m = measure(p80.get('PP 5')!, p76.get('OP 19')!);
    assert.ok(m.coverage < 0.3, `${m.coverage}`);
  });

  it('forwardChain keeps spans in order in both texts', () => {
    const s = (aStart: number, aEnd: number, bStart: number, bEnd: number) => ({ aStart, aEnd, bStart, bEnd, matchedUnits: aEnd - aStart, aMatchedChars: aEnd - aStart, bMatchedChars: bEnd - bStart });
    // the crossing span (b before the first) is left out
    const chain = forwardChain([s(0, 10, 0, 10), s(20, 30, 40, 50), s(35, 40, 5, 8), s(50, 60, 60, 70)]);
    assert.deepStrictEqual(chain.map((x) => x.aStart), [0, 20, 50]);
    assert.deepStrictEqual(forwardChain([]), []);
  });

  it('commonInOrder counts common runs of two or more units (or one long word), in order', () => {
    assert.strictEqual(commonInOrder('重要作用', '的重要作用'), 4);
    assert.strictEqual(commonInOrder('和技术界', '、科技和学术界、国际组织'), 2); // 术界
    assert.strictEqual(commonInOrder('甲乙丙丁', '丙丁甲乙'), 2); // not both: order
    assert.strictEqual(commonInOrder('的', '的'), 0);
    // words: one long word counts, a short one alone does not; runs of words count with their spaces
    assert.strictEqual(commonInOrder('and the technical community', 'the scientific and academic community'), 'community'.length);
    assert.strictEqual(commonInOrder('of the digital divide', 'to bridge the digital divide'), 'the digital divide'.length);
  });
});

describe('matching/guidedDiff', () => {
  it('names an inserted clause as one addition and the words around it as they are', () => {
    const corpus = p76.get('OP 18')!;
    const at = corpus.indexOf('可酌情');
    const clause = '包括社区网络和其他负担得起、可扩大、包容性并提供最后一英里连通解决方案的技术和商业模式';
    const m = measure(corpus.slice(0, at) + clause + corpus.slice(at), corpus);
    const changes = containedChanges({ norm: m.b, text: corpus }, m.c.chain, m.a, corpus.slice(0, at) + clause + corpus.slice(at));
    assert.deepStrictEqual(changes, [{ kind: 'added', to: clause }]);
  });

  it('80/118 PP 38 against 76/189 PP 29: whole words, in order', () => {
    const d = p80.get('PP 38')!;
    const c = p76.get('PP 29')!;
    assert.ok(splitLeadingVerb(d).bodyStart > 0 && splitLeadingVerb(c).bodyStart > 0, 'verbs split off');
    const a = body(d);
    const b = body(c);
    const ct = containment(a.text, b.text, alignSpans(prepare(units(a.text)), prepare(units(b.text))));
    const changes = containedChanges({ norm: b, text: c }, ct.chain, a, d);
    const changed = changes.find((x) => x.kind === 'changed' && x.from === '诸如');
    assert.ok(changed && changed.to!.endsWith('比如'), JSON.stringify(changes));
    const order = changes.map((x) => d.indexOf(x.to ?? '\u0000'));
    const known = order.filter((i) => i >= 0);
    assert.deepStrictEqual(known, [...known].sort((x, y) => x - y));
    assert.ok(changes.some((x) => x.kind === 'removed' && x.from!.includes('以推动妇女和女童平等参与数字时代')));
  });
});

describe('matching: containment in English', () => {
  const corpusText = [
    'The General Assembly,',
    '',
    '1. Recognizes the need to harness the potential of information and communications technologies as critical enablers of sustainable development and to overcome the digital divide;',
    '',
    '2. Decides to include in the provisional agenda of its eighty-first session the item entitled "Information and communications technologies for sustainable development";',
    '',
  ].join('\n');
  const ix = new AgreedLanguageIndex();
  ix.addDocument(toCorpusDocument(parseDocument(corpusText), { id: 'en', path: 'mem:en', symbol: 'A/RES/76/189', citation: { zh: 'A/RES/76/189', en: 'A/RES/76/189' }, kind: 'resolution', status: 'adopted', date: '2021-12-17', language: 'en', builtIn: false }));
  const en = defaultSettings('en');
  const clause = 'in an inclusive and equitable manner and taking into account national circumstances and priorities';

  it('a paragraph with a clause inserted is a deviation naming the clause, abbreviated at word boundaries in the message', () => {
    const text = `Recognizes the need to harness the potential of information and communications technologies, ${clause}, as critical enablers of sustainable development and to overcome the digital divide;`;
    const r = ix.analyzeParagraph({ text, verb: 'Recognizes', bodyStart: 11 }, en);
    assert.strictEqual(r.status, 'near');
    assert.deepStrictEqual(r.sources[0].changes, [{ kind: 'added', to: clause }]);
    const msg = sourceMessage('en', 'near', r.sources[0], 0);
    assert.ok(/^Deviates from agreed language \(A\/RES\/76\/189, OP 1, 2021\): added “in an inclusive [a-z ]+…[a-z ]+ priorities”$/.test(msg), msg);
  });

  it('a short agreed paragraph inside a much longer new one stays partial reuse', () => {
    const body = 'to include in the provisional agenda of its eighty-first session the item entitled "Information and communications technologies for sustainable development"';
    const text = `Requests the Secretary-General, in consultation with Member States, the regional commissions, the specialized agencies, the Internet Governance Forum and all relevant stakeholders, to prepare a comprehensive report on the digital divide and on the financing of broadband connectivity in developing countries, for consideration by the Assembly, and decides ${body};`;
    const r = ix.analyzeParagraph({ text, verb: 'Requests', bodyStart: 9 }, en);
    assert.strictEqual(r.status, 'partial');
  });
});
