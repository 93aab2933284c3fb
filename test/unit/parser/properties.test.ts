import * as assert from 'assert';
import fc from 'fast-check';
import { parseDocument } from '../../../server/src/service/parser';
import { invariantViolations, seedText } from './helpers';

/** Fragments that exercise the parser's markup and structure paths. */
const tokens = [
  '大会，', '经济及社会理事会，', 'The General Assembly,', '回顾', '又重申', '**', '*', '_', '<sup>', '</sup>', '<sup>3</sup>', '¹', '¹⁰', '[^2]', '[^2]: ',
  '---', '__________________', '\n', '\n\n', '\r\n', '\r', ' ', '  ', '\u3000', '1. ', '12.  ', '１．', '(a) ', '(iv) ', '㈣ ', '(十七) ', '，', '；', '。', '：', ',', ';', '.',
  '2030 年', '第 70/1 号决议', 'A/RES/80/118', 'https://undocs.org/ch/A/RES/70/125', '决议草案一', '决定草案二', '## ', '议程项目 15', '80/118. ', '议程8', '。3 ',
  ' 1 见 A/60/687。', '* 代表', '[A/75/982](#)', 'Recalling', 'Decides', '在这方面', '\u0000', '\ud800', '😀', 'é',
];

const docArb = fc.array(fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 60 }).map((xs) => xs.join(''));

describe('parser properties (fast-check)', () => {
  it('never throws on arbitrary strings and keeps segments a partition of the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const d = parseDocument(s);
        assert.deepStrictEqual(invariantViolations(d), []);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on markup-heavy documents; pieces map clean text back to the source exactly', () => {
    fc.assert(
      fc.property(docArb, (s) => {
        const d = parseDocument(s);
        assert.strictEqual(d.text, s);
        assert.deepStrictEqual(invariantViolations(d), []);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the invariants when seed text is cut at random places', () => {
    const seeds = ['000', '001', '002', '003', '004'].map(seedText);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.nat(), fc.nat({ max: 3000 }), (k, a, len) => {
        const t = seeds[k];
        const start = a % t.length;
        const d = parseDocument(t.slice(start, start + len));
        assert.deepStrictEqual(invariantViolations(d), []);
      }),
      { numRuns: 150 },
    );
  });
});

describe('parser robustness: adversarial inputs finish in bounded time', function () {
  this.timeout(240000);
  const within = (ms: number, f: () => void) => {
    const t0 = Date.now();
    f();
    const took = Date.now() - t0;
    assert.ok(took < ms, `took ${took} ms`);
  };

  it('a 1 MB single line', () => {
    within(30000, () => {
      const d = parseDocument('回顾'.repeat(250000) + '，'.repeat(1000) + 'x'.repeat(500000));
      assert.strictEqual(d.segments.length, 1);
    });
  });

  it('10,000 footnote references and definitions', () => {
    within(30000, () => {
      let body = '大会，\n\n';
      let defs = '';
      for (let i = 1; i <= 10000; i++) {
        body += `**回顾**第 ${i}/1 号决议，<sup>${i}</sup>\n\n`;
        defs += `<sup>${i}</sup> 第 ${i}/1 号决议。\n\n`;
      }
      const d = parseDocument(body + defs);
      assert.strictEqual(d.footnoteRefs.length, 10000);
      assert.strictEqual(d.footnoteDefs.length, 10000);
      assert.strictEqual(d.resolutions[0].preambular.length, 10000);
    });
  });

  it('unterminated <sup> repeated on one line and on many lines', () => {
    within(30000, () => {
      const d = parseDocument('<sup>'.repeat(100000));
      assert.ok(d.problems.length > 0);
      parseDocument('回顾<sup>1\n'.repeat(50000));
    });
  });

  it('pathological markup: long runs of *, _, [, (, digits and rules', () => {
    within(30000, () => {
      parseDocument('*'.repeat(200000));
      parseDocument('_a'.repeat(100000));
      parseDocument('['.repeat(100000) + ']('.repeat(50000));
      parseDocument('('.repeat(100000));
      parseDocument('1'.repeat(200000));
      parseDocument('__________________\n 1 x\n'.repeat(20000));
      parseDocument('  \n\n 1 见。\n'.repeat(20000));
      parseDocument('。1 '.repeat(100000));
    });
  });

  it('20 MB of mixed content (seed text repeated)', () => {
    const mix = ['000', '001', '002', '003', '004'].map(seedText).join('\n');
    const big = mix.repeat(Math.ceil(20_000_000 / mix.length)).slice(0, 20_000_000);
    within(150000, () => {
      const d = parseDocument(big);
      assert.strictEqual(d.segments[d.segments.length - 1].span.end, big.length);
    });
  });
});
