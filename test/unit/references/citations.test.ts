import * as assert from 'assert';
import { findReferences, normaliseNumber, type FoundReference } from '../../../server/src/service/references';
import { cleanSeed, SEED_FILES } from './helpers';

const citations = (text: string) => findReferences(text).filter((r) => r.kind !== 'symbol');
const numbers = (r: FoundReference) => (r.entries ?? []).map((e) => e.number);
const one = (text: string) => {
  const c = citations(text);
  assert.strictEqual(c.length, 1, `one citation in ${text}: ${JSON.stringify(c)}`);
  return c[0];
};

describe('references: resolution and decision citations (Chinese)', () => {
  it('reads numbers with and without spaces, with 第 or without, in full width', () => {
    assert.deepStrictEqual(numbers(one('第 70/1 号决议')), ['70/1']);
    assert.deepStrictEqual(numbers(one('第70/1号决议')), ['70/1']);
    assert.deepStrictEqual(numbers(one('关于科学、技术和创新促进可持续发展的 78/160 号决议')), ['78/160']);
    assert.deepStrictEqual(numbers(one('第７０／１号决议')), ['70/1']);
    assert.deepStrictEqual(numbers(one('大会第 217 A (III)号决议')), ['217 A (III)']);
    assert.deepStrictEqual(numbers(one('第 217 A(III)号决议')), ['217 A (III)']);
    assert.deepStrictEqual(numbers(one('2003 年 6 月 23 日第 57/270 B 号决议')), ['57/270 B']);
    assert.deepStrictEqual(numbers(one('大会第 2200 A (XXI)号决议')), ['2200 A (XXI)']);
  });

  it('reads the organ, and year/number as the Economic and Social Council', () => {
    assert.strictEqual(one('经济及社会理事会第 2006/46 号决议').organ, 'Economic and Social Council');
    assert.strictEqual(one('理事会第 2006/46 号决议').organ, 'Economic and Social Council');
    assert.strictEqual(one('经社理事会 2007年 7月 25日第 2007/8号决议').organ, 'Economic and Social Council');
    assert.strictEqual(one('大会第 70/125 号决议').organ, 'General Assembly');
    assert.strictEqual(one('大会在其 2024 年 12 月 19 日第 79/206 号决议中').organ, 'General Assembly');
    assert.strictEqual(one('2022年12月14日的大会第77/150号决议').organ, 'General Assembly');
    assert.strictEqual(one('回顾其第 2006/46 号决议').organ, 'Economic and Social Council');
    assert.strictEqual(one('回顾其第 70/1 号决议').organ, undefined);
  });

  it('reads lists, with a link word or 号 between items', () => {
    assert.deepStrictEqual(numbers(one('第 56/183、57/238 和 78/132 号决议')), ['56/183', '57/238', '78/132']);
    assert.deepStrictEqual(numbers(one('大会第 70/1 号和第 70/125 号决议')), ['70/1', '70/125']);
    assert.deepStrictEqual(numbers(one('大会第 75/316 和 77/320 号决议')), ['75/316', '77/320']);
    // two citations joined by 以及 stay two citations
    const two = citations('回顾其 2006年 7月 28日第 2006/46号决议以及 2008年 7 月 18 日第 2008/217 号和 2010 年 7 月 19 日第 2010/226 号决定');
    assert.deepStrictEqual(two.map((c) => [c.kind, numbers(c)]), [
      ['resolution', ['2006/46']],
      ['decision', ['2008/217', '2010/226']],
    ]);
  });

  it('reads dates before the number, checking that the day exists', () => {
    const c = one('2015 年 9 月 25 日第 70/1 号决议');
    assert.strictEqual(c.entries![0].date, '2015-09-25');
    assert.strictEqual(one('2015年9月25日第70/1号决议').entries![0].date, '2015-09-25');
    assert.strictEqual(one('２０１５年９月２５日第７０/１号决议').entries![0].date, '2015-09-25');
    const invalid = one('2015 年 2 月 30 日第 70/1 号决议');
    assert.strictEqual(invalid.entries![0].date, undefined);
    assert.deepStrictEqual(invalid.malformed, { reason: 'date-invalid', detail: '2015 年 2 月 30 日' });
    assert.strictEqual(one('2016 年 2 月 29 日第 70/300 号决议').entries![0].date, '2016-02-29');
  });

  it('reads a title before or after the date, and a 关于…的 subject as no title', () => {
    const titled = one('重申其题为“变革我们的世界：2030 年可持续发展议程”的 2015 年 9 月 25 日第 70/1 号决议，');
    assert.deepStrictEqual(titled.entries, [
      { span: titled.entries![0].span, number: '70/1', date: '2015-09-25', title: '变革我们的世界：2030 年可持续发展议程' },
    ]);
    assert.ok(titled.raw.startsWith('题为'));
    const after = one('回顾大会 2015 年 9 月 25 日题为“变革我们的世界：2030 年可持续发展议程”的第 70/1 号决议，');
    assert.strictEqual(after.entries![0].date, '2015-09-25');
    assert.strictEqual(after.entries![0].title, '变革我们的世界：2030 年可持续发展议程');
    assert.strictEqual(after.organ, 'General Assembly');
    const subject = one('还回顾其 2024年 7月 23日关于评估世界峰会成果落实和后续行动方面取得的进展的第 2024/13 号决议，');
    assert.strictEqual(subject.entries![0].date, '2024-07-23');
    assert.strictEqual(subject.entries![0].title, undefined);
    const adopted = one('大会 2024 年 9 月 22 日通过的第 79/1 号决议');
    assert.deepStrictEqual([adopted.entries![0].date, adopted.organ], ['2024-09-22', 'General Assembly']);
    // a date that is not attached to the number is not taken
    assert.strictEqual(one('截至 2025 年 1 月 1 日，第 70/1 号决议').entries![0].date, undefined);
    assert.strictEqual(one('2025 年 1 月 1 日起执行的第 70/1 号决议').entries![0].date, undefined);
    const quotedSubject = one('2024 年 3 月 21 日关于“抓住安全、可靠和值得信赖的人工智能系统带来的机遇，促进可持续发展”的第78/265 号决议');
    assert.deepStrictEqual([quotedSubject.entries![0].date, quotedSubject.entries![0].title], ['2024-03-21', undefined]);
    const subjectFirst = one('回顾其关于信息和通信技术促进可持续发展的 2024 年 12 月 19 日第 79/194 号决议');
    assert.strictEqual(subjectFirst.entries![0].date, '2024-12-19');
  });

  it('reports malformed numbers with the span of the whole citation', () => {
    const text = '回顾第 79/ 号决议和第 /118 号决议，又回顾第 号决议';
    const c = citations(text);
    assert.deepStrictEqual(
      c.map((r) => [text.slice(r.span.start, r.span.end), r.malformed?.reason, r.malformed?.detail]),
      [
        ['第 79/ 号决议', 'number-second-empty', '79/'],
        ['第 /118 号决议', 'number-first-empty', '/118'],
        ['第 号决议', 'number-missing', ''],
      ],
    );
  });

  it('does not take other numbered things for citations', () => {
    assert.deepStrictEqual(citations('《经济及社会理事会正式记录，2025 年，补编第 11 号》(E/2025/31)。'), []);
    assert.deepStrictEqual(citations('委员会通过了 E/CN.16/2025/1 号文件所载的临时议程'), []);
    assert.deepStrictEqual(citations('第 1 号决议'), []);
    assert.deepStrictEqual(citations('见 A/RES/70/1 号决议'), []);
    assert.deepStrictEqual(citations('2025 年 12 月 15 日大会决议'), []);
  });
});

describe('references: resolution and decision citations (English)', () => {
  it('reads single citations with organ, date and title', () => {
    const c = one('Recalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,');
    assert.deepStrictEqual(c.entries!.map((e) => [e.number, e.date, e.title]), [
      ['70/1', '2015-09-25', 'Transforming our world: the 2030 Agenda for Sustainable Development'],
    ]);
    const titleFirst = one('its resolution 70/1, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, of 25 September 2015,');
    assert.deepStrictEqual(titleFirst.entries!.map((e) => [e.date, e.title]), [['2015-09-25', 'Transforming our world: the 2030 Agenda for Sustainable Development']]);
    assert.strictEqual(one('resolution 70/1 of September 25, 2015').entries![0].date, '2015-09-25');
    assert.strictEqual(one('resolution 70/1 of 31 September 2015').malformed?.reason, 'date-invalid');
    const ga = one('General Assembly resolution 70/1 of 25 September 2015');
    assert.deepStrictEqual([ga.organ, ga.raw, ga.entries![0].date], ['General Assembly', 'General Assembly resolution 70/1 of 25 September 2015', '2015-09-25']);
    const ecosoc = one('Economic and Social Council resolution 2006/46 of 28 July 2006');
    assert.deepStrictEqual([ecosoc.organ, ecosoc.entries![0].number, ecosoc.entries![0].date], ['Economic and Social Council', '2006/46', '2006-07-28']);
    assert.deepStrictEqual(numbers(one('General Assembly resolution 217 A (III)')), ['217 A (III)']);
    const dec = one('Council decision 2010/226');
    assert.deepStrictEqual([dec.kind, numbers(dec)], ['decision', ['2010/226']]);
  });

  it('reads lists, dated or not', () => {
    assert.deepStrictEqual(numbers(one('resolutions 56/183, 57/238 and 78/132,')), ['56/183', '57/238', '78/132']);
    const dated = one('resolutions 56/183 of 21 December 2001, 57/238 of 20 December 2002 and 71/212 of 21 December 2016');
    assert.deepStrictEqual(dated.entries!.map((e) => e.date), ['2001-12-21', '2002-12-20', '2016-12-21']);
    // "and its annex" ends the list
    assert.deepStrictEqual(numbers(one('resolution 70/1 and its annex')), ['70/1']);
  });

  it('reports malformed numbers and ignores prose', () => {
    const bad = one('as requested in resolution 80/, the Secretary-General');
    assert.deepStrictEqual([bad.malformed?.reason, bad.raw], ['number-second-empty', 'resolution 80/']);
    assert.deepStrictEqual(citations('the present resolution and the draft resolution'), []);
    assert.deepStrictEqual(citations('a resolution of the conflict'), []);
  });
});

describe('references: citations in the seeds', () => {
  it('finds every resolution number cited in 80/118 (seed 000)', () => {
    const text = cleanSeed('000');
    const found = citations(text);
    // oracle: every n/n token that is not part of a symbol or the resolution's own number line
    const tokens = [...text.matchAll(/(?<![/A-Za-z0-9])\d+\/\d+(?![/0-9.])/g)].map((m) => m[0]);
    const cited = found.flatMap(numbers).filter((n) => n.includes('/'));
    assert.deepStrictEqual([...cited].sort(), [...tokens].sort());
    assert.ok(found.flatMap(numbers).includes('217 A (III)'));
    // every 号决议 in the text closes exactly one citation
    assert.strictEqual(found.filter((c) => c.raw.endsWith('号决议')).length, text.split('号决议').length - 1);
    assert.deepStrictEqual(found.filter((c) => c.malformed), []);
    // the footnote lists: 21 GA and 18 ECOSOC resolutions
    const lists = found.filter((c) => (c.entries ?? []).length > 10);
    assert.deepStrictEqual(lists.map((c) => [c.entries!.length, c.organ]), [
      [21, undefined],
      [18, 'Economic and Social Council'],
    ]);
  });

  it('dates 70/1 2015-09-25 in every seed that dates it', () => {
    let dated = 0;
    for (const id of Object.keys(SEED_FILES)) {
      for (const c of citations(cleanSeed(id))) {
        for (const e of c.entries ?? []) {
          if (e.number !== '70/1' || !e.date) continue;
          dated++;
          assert.strictEqual(e.date, '2015-09-25', `seed ${id}`);
          assert.strictEqual(e.title, '变革我们的世界：2030 年可持续发展议程', `seed ${id}`);
        }
      }
    }
    assert.strictEqual(dated, 4); // 000, 001, 003, 004
  });

  it('reads the dated list of seed 004 as 15 entries, each with its own date', () => {
    const text = cleanSeed('004');
    const list = citations(text).find((c) => (c.entries ?? []).length >= 10 && c.entries![0].number === '56/183');
    assert.ok(list);
    // oracle from the text itself: every "YYYY 年 M 月 D 日第 N 号" inside the citation
    const oracle = [...list.raw.matchAll(/(\d{4})\s*年\s*(\d+)\s*月\s*(\d+)\s*日第\s*([\d/]+(?: [A-Z])?)\s*号/g)].map(
      (m) => [normaliseNumber(m[4]), `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`],
    );
    assert.strictEqual(oracle.length, 15);
    assert.deepStrictEqual(list.entries!.map((e) => [e.number, e.date]), oracle);
    assert.deepStrictEqual(list.entries![2], { span: list.entries![2].span, number: '57/270 B', date: '2003-06-23' });
    // entry spans cover their own date and number
    for (const e of list.entries!) {
      const s = text.slice(e.span.start, e.span.end);
      assert.match(s, /^\d{4}\s*年.*第\s*\S/);
    }
    // the ECOSOC list right after it: 10 entries, all dated
    const ecosoc = citations(text).find((c) => c.entries?.[0]?.number === '2006/46' && c.entries.length === 10);
    assert.ok(ecosoc);
    assert.ok(ecosoc.entries!.every((e) => e.date));
    assert.strictEqual(ecosoc.organ, 'Economic and Social Council');
  });

  it('finds no malformed citation in any seed, and the decisions of seed 003', () => {
    for (const id of Object.keys(SEED_FILES)) {
      assert.deepStrictEqual(citations(cleanSeed(id)).filter((c) => c.malformed).map((c) => c.raw), [], `seed ${id}`);
    }
    const decisions = citations(cleanSeed('003')).filter((c) => c.kind === 'decision');
    assert.deepStrictEqual(decisions.map(numbers), [
      ['1/CP.21'],
      ['2021/254'],
      ['2008/217', '2010/226', '2011/236', '2015/243', '2021/255'],
      ['2007/216', '2010/228', '2011/238', '2015/245', '2021/257'],
    ]);
  });
});
