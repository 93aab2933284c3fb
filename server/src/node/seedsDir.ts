/**
 * Where the built-in `seeds/` folder is. It sits at the repository root. Code runs from several
 * places: the TypeScript sources (tests, `server/src/node/`), the bundles in `dist/`
 * (extension, language server, CLI, bench) and an installed package, so the resolver looks in
 * each of those places relative to this module and the entry script.
 */
import * as fs from 'fs';
import * as path from 'path';

function isSeedsDir(dir: string): boolean {
  try {
    return fs.statSync(path.join(dir, 'manifest.json')).isFile();
  } catch {
    return false;
  }
}

/** Places the `seeds/` folder may be, most likely first. */
function seedsDirCandidates(): string[] {
  const bases = [__dirname];
  const main = require.main?.filename;
  if (main) bases.push(path.dirname(main));
  const out: string[] = [];
  for (const base of bases) {
    // dist/*.js → ../seeds; server/src/node → ../../../seeds; and anything in between.
    for (let up = 0; up <= 5; up++) {
      out.push(path.resolve(base, ...Array<string>(up).fill('..'), 'seeds'));
    }
  }
  out.push(path.resolve(process.cwd(), 'seeds'));
  return [...new Set(out)];
}

/** The built-in `seeds/` folder, or undefined when it cannot be found. `override` wins when it holds a manifest. */
export function resolveSeedsDir(override?: string): string | undefined {
  if (override && isSeedsDir(override)) return path.resolve(override);
  return seedsDirCandidates().find(isSeedsDir);
}
