import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { packInSlices, unpackSlices } from '../../../server/src/lsp/slicedTransfer';
import { CancellationSource, CancelledError } from '../../../server/src/service/cancellation';
import { parseDocument } from '../../../server/src/service/parser';

const SEEDS = path.resolve(__dirname, '../../../seeds');
const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

describe('lsp: sliced transfer of a parsed document', () => {
  it('gives back every seed’s parse exactly, through slices of a few items', async () => {
    for (const f of seeds) {
      const text = fs.readFileSync(path.join(SEEDS, f), 'utf8');
      const expected = JSON.stringify(parseDocument(text));
      const parts = packInSlices(parseDocument(text), 7);
      assert.ok(parts.length > 10, `${f}: ${parts.length} parts`);
      let yields = 0;
      const back = await unpackSlices(parts, { budgetMs: 0, yield: async () => void yields++ });
      assert.strictEqual(JSON.stringify(back), expected, f);
      assert.strictEqual(yields, parts.length - 1);
    }
  });

  it('keeps nested long arrays, empty arrays, typed arrays and primitives', async () => {
    const value = { a: Array.from({ length: 25 }, (_, i) => ({ i, inner: Array.from({ length: i }, (_, j) => [j, `s${j}`]) })), e: [], t: new Uint32Array([1, 2, 3]), n: null, s: 'x', d: 1.5 };
    const expected = JSON.stringify(value, (_, v) => (v instanceof Uint32Array ? [...v] : v));
    const back = await unpackSlices<typeof value>(packInSlices(structuredClone(value), 3));
    assert.strictEqual(JSON.stringify(back, (_, v) => (v instanceof Uint32Array ? [...v] : v)), expected);
  });

  it('stops with a CancelledError when cancelled between slices', async () => {
    const parts = packInSlices({ xs: Array.from({ length: 100 }, (_, i) => i) }, 10);
    const source = new CancellationSource();
    await assert.rejects(
      unpackSlices(parts, { budgetMs: 0, cancellation: source, yield: async () => source.cancel() }),
      (e: unknown) => e instanceof CancelledError,
    );
  });
});
