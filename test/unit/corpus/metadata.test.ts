import * as assert from 'assert';
import { completeMeta, inferMeta, normaliseDate, parseFrontMatter, symbolFor } from '../../../server/src/service/corpus/metadata';
import { document, header, para, resolution } from './helpers';

describe('corpus metadata', () => {
  describe('front matter', () => {
    it('reads a key: value block and blanks it out, keeping line numbers', () => {
      const text = '---\nsymbol: A/RES/77/150\ndate: 2022-12-14\ntitle: "信息和通信技术促进可持续发展"\nstatus: adopted\n---\n大会，\n';
      const fm = parseFrontMatter(text);
      assert.deepStrictEqual(fm.meta, {
        symbol: 'A/RES/77/150',
        date: '2022-12-14',
        title: '信息和通信技术促进可持续发展',
        status: 'adopted',
      });
      assert.strictEqual(fm.error, undefined);
      assert.strictEqual(fm.body.split('\n').length, text.split('\n').length);
      assert.strictEqual(fm.body.split('\n')[6], '大会，');
    });

    it('does not take a page break followed by text for metadata (seed 000 uses --- as page breaks)', () => {
      const text = '---\n\n**又重申**其关于……的决议，\n\n---\n';
      const fm = parseFrontMatter(text);
      assert.deepStrictEqual(fm.meta, {});
      assert.strictEqual(fm.body, text);
    });

    it('reports values it cannot read', () => {
      // French is one of the six languages now (issue 9); German is not.
      const fm = parseFrontMatter('---\nsymbol: A/RES/1/1\ndate: last Tuesday\nlanguage: de\n---\n');
      assert.strictEqual(fm.meta.symbol, 'A/RES/1/1');
      assert.match(fm.error ?? '', /date: last Tuesday/);
      assert.match(fm.error ?? '', /language: de/);
      assert.strictEqual(parseFrontMatter('---\nlanguage: fr\n---\n').meta.language, 'fr');
    });
  });

  it('normalises dates', () => {
    assert.strictEqual(normaliseDate('2022-12-14'), '2022-12-14');
    assert.strictEqual(normaliseDate('2022/1/4'), '2022-01-04');
    assert.strictEqual(normaliseDate('2025 年 12 月 15 日'), '2025-12-15');
    assert.strictEqual(normaliseDate('2017'), '2017');
    assert.strictEqual(normaliseDate('soon'), undefined);
  });

  it('makes symbols from resolution numbers and organs', () => {
    assert.strictEqual(symbolFor('80/118', 'General Assembly'), 'A/RES/80/118');
    assert.strictEqual(symbolFor('2025/18', 'Economic and Social Council'), 'E/RES/2025/18');
    assert.strictEqual(symbolFor('2025/18', undefined), 'E/RES/2025/18');
    assert.strictEqual(symbolFor('52/1', 'Human Rights Council'), 'A/HRC/RES/52/1');
    assert.strictEqual(symbolFor('2334 (2016)', 'Security Council'), 'S/RES/2334(2016)');
    assert.strictEqual(symbolFor('not a number', 'General Assembly'), undefined);
  });

  it('infers symbol, date, organ, title and status from a parsed resolution', () => {
    const doc = document({
      header: [
        header('adoption', '2025 年 12 月 15 日大会决议', { date: '2025-12-15' }),
        header('symbol', '80/118. 信息和通信技术促进可持续发展', { number: '80/118' }),
      ],
      resolutions: [resolution([para('preambular', 1, '回顾……，', { verb: '回顾' })], [], {}, 'General Assembly')],
    });
    const meta = inferMeta(doc);
    assert.strictEqual(meta.symbol, 'A/RES/80/118');
    assert.strictEqual(meta.date, '2025-12-15');
    assert.strictEqual(meta.organ, 'General Assembly');
    assert.strictEqual(meta.title, '信息和通信技术促进可持续发展');
    assert.strictEqual(meta.kind, 'resolution');
    assert.strictEqual(meta.status, 'adopted');
    assert.strictEqual(meta.session, 80);
  });

  it('infers an ECOSOC symbol and a draft status', () => {
    const ecosoc = inferMeta(
      document({
        header: [header('symbol', '2025/18. 评估……', { number: '2025/18' })],
        resolutions: [resolution([], [], {}, 'Economic and Social Council')],
      }),
    );
    assert.strictEqual(ecosoc.symbol, 'E/RES/2025/18');
    assert.strictEqual(ecosoc.session, undefined);
    const draft = inferMeta(
      document({ kind: 'draft', header: [header('draftMarker', '决议草案')], resolutions: [resolution([], [], {}, 'General Assembly')] }),
    );
    assert.strictEqual(draft.status, 'draft');
    assert.strictEqual(draft.symbol, undefined);
    const report = inferMeta(document({ kind: 'report', reportParagraphs: [para('report', 1, '本报告……。', { number: '1.' })] }));
    assert.strictEqual(report.kind, 'report');
    assert.strictEqual(report.status, 'report');
  });

  it('falls back to the file name as citation, earlier sources winning', () => {
    const meta = completeMeta(
      { id: 'x', path: '/tmp/drafts/my-draft.md', builtIn: false, metaSource: 'file-name' },
      { title: 'first' },
      { title: 'second', date: '2020' },
    );
    assert.deepStrictEqual(meta.citation, { zh: 'my-draft.md', en: 'my-draft.md' });
    assert.strictEqual(meta.title, 'first');
    assert.strictEqual(meta.date, '2020');
    assert.strictEqual(meta.kind, 'unknown');
    const withSymbol = completeMeta({ id: 'y', path: '/a.md', builtIn: false, metaSource: 'inferred' }, { symbol: 'A/RES/76/189' });
    assert.deepStrictEqual(withSymbol.citation, { zh: 'A/RES/76/189', en: 'A/RES/76/189' });
  });
});
