/**
 * The agreed-language hover tells technical updates (dates, sessions, symbols) from substantive
 * change: "agreed language, with technical updates" when those are all that changed, and a line
 * listing them apart from the substantive changes otherwise. Real pairs: the seeds 80/118 against
 * 76/189 (Chinese) and ../shared/real-en 80/118 against 79/194 (English).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type { Corpus } from '../../../server/src/service/corpus';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import * as F from '../../../server/src/service/features';
import { buildExportPlan } from '../../../server/src/service/negotiation/exportPlan';
import { footnoteRefAt, referenceAt, verbAt } from '../../../server/src/service/features/locate';
import { LineIndex } from '../../../server/src/service/text/lineIndex';
import { REAL_EN_DIR, skipWithoutRealEn } from '../../support/realEn';
import { ctxOf, SEEDS } from './helpers';

const seedFile = (prefix: string) => path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!);

/** The agreed-language hover on a paragraph's first agreed span (away from references, footnotes and the verb, which have hovers of their own), by label. */
function hoverOf(ctx: F.FeatureContext, text: string, label: string): string {
  const a = ctx.analysis.agreements.find((x) => x.label === label);
  assert.ok(a && a.spans.length, `no agreement for ${label}`);
  const s = a.spans[0];
  const doc = ctx.analysis.document;
  let at = Math.floor((s.start + s.end) / 2);
  const busy = (o: number) => referenceAt(doc, o) || footnoteRefAt(doc, o) || (verbAt(doc, o) && o <= verbAt(doc, o)!.verb.verbSpan.end);
  while (at < s.end && busy(at)) at++;
  const h = F.hover(ctx, new LineIndex(text).positionAt(at));
  assert.ok(h, `no hover on ${label}`);
  return h.contents;
}

describe('features: technical updates in the agreed-language hover', function () {
  this.timeout(60_000);
  let corpus76: Corpus;
  let text: string;
  let ctx: F.FeatureContext;
  before(async () => {
    corpus76 = await loadCorpus({ paths: [seedFile('001_')], includeBuiltIn: false });
    text = fs.readFileSync(seedFile('000_'), 'utf8');
    ctx = ctxOf(text, corpus76, 'zh');
  });

  it('80/118 PP 1 against 76/189: agreed language with technical updates, listed (2020 → 2024, 75/202 → 79/194), not a deviation', () => {
    const h = hoverOf(ctx, text, 'PP 1');
    assert.equal(h.split('\n')[0], '**商定语言（含技术性更新）**');
    assert.doesNotMatch(h, /与商定语言有出入|实质性/);
    const line = h.split('\n').find((l) => l.startsWith('_技术性更新'));
    assert.ok(line, h);
    assert.match(line, /2020 → 2024/);
    assert.match(line, /75\/202 → 79\/194/);
  });

  it('80/118 OP 72: a deviation whose session update is listed apart from the substantive changes', () => {
    const h = hoverOf(ctx, text, 'OP 72');
    assert.equal(h.split('\n')[0], '**与商定语言有出入**');
    assert.match(h, /_技术性更新（日期、届会、文号）：第七十七 → 第八十一；另有 \d+ 处实质性改动_/);
  });

  it('deviations with substantive changes only keep the deviation heading and have no technical-update line', () => {
    const agreed = ctx.analysis.agreements.filter((a) => a.status === 'near');
    const plain = agreed.filter((a) => !/技术性更新/.test(hoverOf(ctx, text, a.label)));
    assert.ok(plain.length > 5, 'most deviations are substantive');
    for (const a of plain.slice(0, 5)) assert.equal(hoverOf(ctx, text, a.label).split('\n')[0], '**与商定语言有出入**');
  });

  it('the hover and the Word export agree on which paragraphs are agreed language with technical updates only', () => {
    const plan = buildExportPlan(ctx.analysis.document, ctx.analysis.agreements, {});
    const exported = new Set(plan.blocks.filter((b) => b.status === 'technical').map((b) => b.label));
    const hovered = new Set(
      ctx.analysis.agreements.filter((a) => a.status === 'near' && hoverOf(ctx, text, a.label).startsWith('**商定语言（含技术性更新）**')).map((a) => a.label),
    );
    assert.ok(hovered.size >= 3, [...hovered].join(', '));
    assert.deepEqual([...hovered].sort(), [...exported].sort());
  });

  describe('English: ../shared/real-en 80/118 against 79/194', function () {
    let en: { ctx: F.FeatureContext; text: string };
    before(async function () {
      skipWithoutRealEn(this);
      const corpus = await loadCorpus({ paths: [path.join(REAL_EN_DIR, 'A-RES-79-194.en.txt')], includeBuiltIn: false });
      const t = fs.readFileSync(path.join(REAL_EN_DIR, 'A-RES-80-118.en.txt'), 'utf8');
      en = { ctx: ctxOf(t, corpus, 'en'), text: t };
    });

    it('PP 1 (78/132 of 2023 → 79/194 of 2024) is agreed language with technical updates', () => {
      const h = hoverOf(en.ctx, en.text, 'PP 1');
      assert.equal(h.split('\n')[0], '**Agreed language, with technical updates**');
      assert.match(h, /_Technical updates \(dates, sessions, symbols\): [^_]*78\/132 → 79\/194[^_]*2023 → 2024_/);
    });

    it('OP 72 (eightieth → eighty-first session, and new text) deviates, its session update listed apart', () => {
      const h = hoverOf(en.ctx, en.text, 'OP 72');
      assert.equal(h.split('\n')[0], '**Deviates from agreed language**');
      assert.match(h, /_Technical updates \(dates, sessions, symbols\): eightieth → eighty-first; and \d+ substantive changes?_/);
    });
  });
});
