/**
 * The real English UN texts in `../shared/real-en` (beside the project's root), read in place at
 * test time and never copied into the project. Where the folder is absent, suites call
 * `skipWithoutRealEn(this)` in `before` and say why they skip.
 */
import * as fs from 'fs';
import * as path from 'path';

/** `../shared/real-en` beside the project's root: from test/support/ when run by mocha, from dist/ in the bench bundle. */
export const REAL_EN_DIR =
  [path.resolve(__dirname, '..', '..', '..', 'shared', 'real-en'), path.resolve(__dirname, '..', '..', 'shared', 'real-en')].find((d) => fs.existsSync(path.join(d, 'INDEX.md'))) ??
  path.resolve(__dirname, '..', '..', '..', 'shared', 'real-en');
export const REAL_EN_PDF_DIR = path.join(REAL_EN_DIR, 'pdf');

export function hasRealEn(): boolean {
  return fs.existsSync(path.join(REAL_EN_DIR, 'INDEX.md'));
}

/** Call in a mocha `before(function () { … })`: skips the suite with a message when the texts are absent. */
export function skipWithoutRealEn(ctx: Mocha.Context): void {
  if (hasRealEn()) return;
  console.log(`      (skipped: ${REAL_EN_DIR} is absent; these tests read the real English texts there)`);
  ctx.skip();
}

/** The `.en.txt` files, sorted by name. */
export function realEnFiles(): string[] {
  if (!hasRealEn()) return [];
  return fs
    .readdirSync(REAL_EN_DIR)
    .filter((f) => f.endsWith('.en.txt'))
    .sort()
    .map((f) => path.join(REAL_EN_DIR, f));
}

export interface RealEnIndexRow {
  file: string;
  symbol: string;
  kind: string;
  date: string;
  pages: number;
  pp: number;
  op: number;
  sub: number;
  head: number;
}

/** The table of `INDEX.md`: one row per text with its counts. */
export function realEnIndex(): RealEnIndexRow[] {
  if (!hasRealEn()) return [];
  const md = fs.readFileSync(path.join(REAL_EN_DIR, 'INDEX.md'), 'utf8');
  const rows: RealEnIndexRow[] = [];
  for (const line of md.split('\n')) {
    const m = /^\|\s*`([^`]+\.en\.txt)`\s*\|(.*)$/.exec(line);
    if (!m) continue;
    const cells = m[2].split('|').map((c) => c.trim());
    // symbol | kind | date | title | pages | PP | OP | sub | head | source
    const n = (s: string) => Number.parseInt(s, 10);
    rows.push({ file: m[1], symbol: cells[0], kind: cells[1], date: cells[2], pages: n(cells[4]), pp: n(cells[5]), op: n(cells[6]), sub: n(cells[7]), head: n(cells[8]) });
  }
  return rows;
}
