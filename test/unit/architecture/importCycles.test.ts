/**
 * The language service has no import cycles (issue 10 §3): a module can be read, moved and
 * tested from the modules it imports, without the ones that import it. `import type` counts.
 */
import * as assert from 'assert';
import { importCycles, importGraph, sourceFiles } from '../../support/importGraph';

describe('architecture: import cycles', () => {
  it('server/src/service has none', () => {
    const files = sourceFiles('server/src/service');
    assert.ok(files.length > 100, `found ${files.length} files`);
    const cycles = importCycles(importGraph(files));
    assert.deepStrictEqual(cycles, [], `import cycles:\n${cycles.map((c) => `  ${c.join(' ↔ ')}`).join('\n')}`);
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
