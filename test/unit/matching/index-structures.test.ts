import * as assert from 'assert';
import fc from 'fast-check';
import { InvertedIndex } from '../../../server/src/service/matching/invertedIndex';
import { SHINGLE_K, WINNOW_W, shingles, units, winnow } from '../../../server/src/service/matching/shingles';
import { diffChanges } from '../../../server/src/service/matching/diff';
import { normalize } from '../../../server/src/service/matching/normalize';
import { similarity } from '../../../server/src/service/matching/levenshtein';
import { alignSpans, prepare } from '../../../server/src/service/matching/align';

const CJK = '信息和通信技术促进可持续发展数字鸿沟因特网互联网的确认重申';

function fingerprints(text: string): Set<number> {
  const out = new Set<number>();
  winnow(shingles(units(normalize(text).text)), (h) => out.add(h));
  return out;
}

describe('matching/shingles', () => {
  it('treats a CJK character as a unit and a Latin word or number as one unit', () => {
    const u = units('回顾2030年the Agenda');
    assert.strictEqual(u.count, 2 + 1 + 1 + 2);
  });

  it('winnowing guarantees a shared fingerprint for any shared run of W+K-1 units (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...CJK.split('')), minLength: 0, maxLength: 40 }),
        fc.string({ unit: fc.constantFrom(...CJK.split('')), minLength: WINNOW_W + SHINGLE_K - 1, maxLength: 30 }),
        fc.string({ unit: fc.constantFrom(...'甲乙丙丁戊己庚辛'.split('')), minLength: 0, maxLength: 40 }),
        (pre, shared, post) => {
          const a = fingerprints(pre + shared + post);
          const b = fingerprints(post + '。' + shared + pre);
          assert.ok([...a].some((h) => b.has(h)), 'no shared fingerprint');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps only a fraction of shingles as fingerprints', () => {
    const text = CJK.repeat(3) + '各国政府私营部门民间社会国际组织技术界和学术界以及所有其他相关利益攸关方';
    const s = shingles(units(text));
    let n = 0;
    winnow(s, () => n++);
    assert.ok(n < s.count * 0.5, `${n} of ${s.count}`);
  });
});

describe('matching/invertedIndex', () => {
  it('answers like a plain map, across seals, pending parts and removals', () => {
    const ix = new InvertedIndex();
    const ref = new Map<number, number[]>();
    const dead = new Set<number>();
    const alive = (pid: number) => !dead.has(pid);
    let pid = 0;
    const rnd = (() => {
      let x = 12345;
      return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
    })();
    for (let round = 0; round < 4; round++) {
      for (let k = 0; k < 3000; k++) {
        const h = rnd() % 500;
        ix.add(h, pid);
        (ref.get(h) ?? ref.set(h, []).get(h)!).push(pid);
        if (k % 7 === 0) pid++;
      }
      if (round === 1) ix.seal(alive);
      if (round === 2) for (let d = 0; d < pid; d += 5) dead.add(d);
      ix.prepare(alive);
      for (const [h, list] of ref) {
        const got: number[] = [];
        ix.forEach(h, (p) => {
          if (alive(p)) got.push(p);
        });
        assert.deepStrictEqual(got.sort((a, b) => a - b), list.filter(alive).sort((a, b) => a - b));
      }
    }
    ix.seal(alive);
    assert.strictEqual(ix.count(999999), 0);
  });
});

describe('matching/diff', () => {
  const changes = (a: string, b: string) => diffChanges(normalize(a), a, normalize(b), b);

  it('reports a term change as one phrase, quoted as written', () => {
    assert.deepStrictEqual(changes('又重申因特网治理，包括举办因特网治理论坛', '又重申互联网治理，包括举办互联网治理论坛'), [
      { kind: 'changed', from: '因特网', to: '互联网' },
      { kind: 'changed', from: '因特网', to: '互联网' },
    ]);
  });

  it('reports added and removed words', () => {
    assert.deepStrictEqual(changes('而且将此视为取决于逐步实现人权', '而且还应将此视为取决于逐步实现人权'), [{ kind: 'added', to: '还应' }]);
    assert.deepStrictEqual(changes('在妇女获取和使用信息和通信技术方面', '在妇女获取信息和通信技术方面'), [{ kind: 'removed', from: '和使用' }]);
  });

  it('merges a changed date into one change', () => {
    const a = '的 2020 年 12 月 21 日第 75/202 号决议';
    const b = '的 2024 年 12 月 19 日第 79/194 号决议';
    assert.deepStrictEqual(changes(a, b), [{ kind: 'changed', from: '2020 年 12 月 21 日第 75/202', to: '2024 年 12 月 19 日第 79/194' }]);
  });

  it('leaves punctuation-only changes out when words changed too', () => {
    assert.deepStrictEqual(changes('执行《2030年议程》和《亚的斯亚贝巴行动议程》的工作', '执行2030年议程和《亚的斯亚贝巴行动议程》的各项工作'), [{ kind: 'added', to: '各项' }]);
    assert.deepStrictEqual(changes('教育、文化', '教育和文化'), [{ kind: 'changed', from: '、', to: '和' }]);
  });

  it('widens a change to whole words without taking in the next word', () => {
    assert.deepStrictEqual(changes('民间社会、私营部门、科学界、联合国实体', '民间社会、私营部门、科技和学术界、联合国实体'), [{ kind: 'changed', from: '科学界', to: '科技和学术界' }]);
    assert.deepStrictEqual(changes('包括援助流动，以促进数字变革', '包括援助流动，以促进数字化转型'), [{ kind: 'changed', from: '数字变革', to: '数字化转型' }]);
    assert.deepStrictEqual(changes('并认识到人们需要具备媒体和信息素养技能', '并认识到所有人都需要具备媒体和信息素养技能'), [{ kind: 'changed', from: '人们', to: '所有人都' }]);
  });

  it('joins changes on both sides of a number', () => {
    assert.deepStrictEqual(changes('使这一议程在 2030 年前得到全面执行', '使这一议程到 2030 年得到全面执行'), [{ kind: 'changed', from: '在 2030 年前', to: '到 2030 年' }]);
  });

  it('sees no change in spacing or width', () => {
    assert.deepStrictEqual(changes('到 2030 年，实现', '到2030年,实现'), []);
  });
});

describe('matching/levenshtein and align', () => {
  it('similarity is 1 for equal and lower for edited text', () => {
    assert.strictEqual(similarity('数字鸿沟', '数字鸿沟'), 1);
    assert.strictEqual(similarity('因特网治理', '互联网治理'), 0.6);
  });

  it('finds a reused span inside other text, with both positions', () => {
    const reused = '各国政府、私营部门、民间社会、国际组织、技术界和学术界以及所有其他相关利益攸关方';
    const draft = normalize('确认互联网是关键全球设施，并有' + reused + '根据各自的作用充分参与');
    const corpus = normalize('重申峰会进程的价值和原则，认识到' + reused + '在各自作用和责任范围内有效参与');
    const spans = alignSpans(prepare(units(draft.text)), prepare(units(corpus.text)));
    assert.strictEqual(spans.length, 1);
    const s = spans[0];
    const expected = draft.text.indexOf('各国政府');
    assert.ok(Math.abs(s.aStart - expected) <= 1);
    assert.ok(Math.abs(s.aEnd - (expected + normalize(reused).text.length)) <= 1);
    assert.strictEqual(corpus.text.slice(s.bStart, s.bEnd), draft.text.slice(s.aStart, s.aEnd));
  });
});
