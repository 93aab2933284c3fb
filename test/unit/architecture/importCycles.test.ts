/**
 * The language service has no import cycles (issue 10 §3): a module can be read, moved and
 * tested from the modules it imports, without the ones that import it.
 *
 * Runtime imports: none at all. Counting `import type` too, one cycle is left and known: the rule
 * registry's fixes are typed by the features' context (`features/types.ts`), which is typed by the
 * language service, which runs the rules. It is erased at compile time; the matching engine's old
 * `diff.ts` ↔ `guidedDiff.ts` ↔ `index.ts` cycle is gone even counting types, and no other may appear.
 */
import * as assert from 'assert';
import { importCycles, importGraph, sourceFiles } from '../../support/importGraph';

const show = (cycles: string[][]) => cycles.map((c) => `  ${c.join(' ↔ ')}`).join('\n');

describe('architecture: import cycles', () => {
  const files = sourceFiles('server/src/service');

  it('server/src/service has no runtime import cycle', () => {
    assert.ok(files.length > 100, `found ${files.length} files`);
    const cycles = importCycles(importGraph(files, true));
    assert.deepStrictEqual(cycles, [], `import cycles:\n${show(cycles)}`);
  });

  it('counting `import type`, only the known rules ↔ features typing cycle is left, and matching/ is in none', () => {
    const cycles = importCycles(importGraph(files));
    assert.ok(cycles.length <= 1, `import cycles:\n${show(cycles)}`);
    for (const c of cycles) {
      assert.ok(c.includes('server/src/service/rules/defineRule.ts') && c.includes('server/src/service/features/types.ts'), `an unexpected cycle:\n${show([c])}`);
      assert.ok(!c.some((f) => f.startsWith('server/src/service/matching/') || f.startsWith('server/src/service/parser/')), `matching/ or parser/ in a cycle:\n${show([c])}`);
    }
  });

  it('finds a cycle when there is one (the walk itself works)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    assert.deepStrictEqual(importCycles(graph), [['a.ts', 'b.ts', 'c.ts']]);
  });
});
