/**
 * The language service has no import cycles (issue 10 §3): a module can be read, moved and
 * tested from the modules it imports, without the ones that import it.
 *
 * None at all, counting `import type` too: a cycle through types alone is erased at compile time
 * but still ties the modules together for a reader. The last one (the rules' fixes typed by the
 * features' context, which is typed by the language service, which runs the rules) is gone: the
 * fixes are typed by `rules/fixContext.ts`, and the matching engine's old `diff.ts` ↔
 * `guidedDiff.ts` ↔ `index.ts` cycle went before it.
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

  it('server/src/service has no import cycle counting `import type` either', () => {
    const cycles = importCycles(importGraph(files));
    assert.deepStrictEqual(cycles, [], `import cycles:\n${show(cycles)}`);
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
