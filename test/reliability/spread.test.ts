/**
 * No spread of an array of unknown length into a call's arguments (issue 7, item 4): past about 125,000
 * elements `diagnostics.push(...found)` threw "Maximum call stack size exceeded" and a draft with 130,000
 * footnote markers failed to check. Loops (`appendAll`, `maxOf`, `minOf` in server/src/service/text/arrays.ts)
 * take any length. This test is the lint rule: it searches the sources CI builds.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { appendAll, maxOf, minOf } from '../../server/src/service/text/arrays';

const ROOT = path.resolve(__dirname, '../..');
/** Calls that take their arguments on the stack: a spread of a long array into them overflows it. */
const SPREAD_CALL = /(?:\.(?:push|unshift|splice|concat)|Math\.(?:max|min)|String\.from(?:CharCode|CodePoint))\((?:[^(){}[\]]*,)?\s*\.\.\./;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.(ts|mjs|js)$/.test(e.name)) out.push(p);
  }
  return out;
}

describe('reliability: no spread of unbounded arrays into calls', () => {
  it('server/src and client/src spread no array into push, Math.max/min or similar', () => {
    const hits: string[] = [];
    for (const dir of ['server/src', 'client/src']) {
      for (const file of sources(path.join(ROOT, dir))) {
        fs.readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
            if (SPREAD_CALL.test(code)) hits.push(`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    assert.deepStrictEqual(hits, []);
  });

  it('the pattern catches the forms that overflowed', () => {
    for (const bad of ['diagnostics.push(...stage())', 'out.push(...children);', 'Math.max(...rows.map((r) => r.n))', 'a.splice(0, 0, ...b)']) assert.ok(SPREAD_CALL.test(bad), bad);
    for (const ok of ['appendAll(out, children);', 'const x = [...a, ...b];', 'out.push({ ...c });', 'p.push({ code, ...loc(s) })']) assert.ok(!SPREAD_CALL.test(ok), ok);
  });

  it('the helpers take 300,000 elements, where a spread throws', () => {
    const big = Array.from({ length: 300_000 }, (_, i) => i);
    assert.throws(() => [].push(...(big as never[])), RangeError);
    assert.strictEqual(appendAll([-1], big).length, 300_001);
    assert.strictEqual(maxOf(big), 299_999);
    assert.strictEqual(minOf(big), 0);
    assert.strictEqual(maxOf([]), -Infinity);
    assert.strictEqual(minOf([]), Infinity);
  });
});
