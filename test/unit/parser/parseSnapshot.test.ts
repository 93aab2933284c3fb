/**
 * The parse of every seed, every text fixture and every real English text is unchanged by a refactor
 * of the parser (issue 10, section 3: `parser/structure.ts` made a set of named steps). The hashes in
 * parseSnapshot.json were recorded with the code before the refactor; each text is parsed as detected
 * and with the layout forced both ways, so the PDF and the flow paths of the structure pass both run.
 *
 * When the parser's output is meant to change, re-record: UPDATE_PARSE_SNAPSHOT=1 npx mocha --grep 'parse snapshot'
 */
import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument, type ParseOptions } from '../../../server/src/service/parser';
import { hasRealEn, realEnFiles } from '../../support/realEn';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const RECORD = path.join(__dirname, 'parseSnapshot.json');
const LAYOUTS: Array<[string, ParseOptions]> = [
  ['detected', {}],
  ['pdf', { layout: 'pdf' }],
  ['flow', { layout: 'flow' }],
];

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/** Texts by a stable key: seeds and fixtures by their path in the project, real English texts by name. */
function texts(): Array<[string, string]> {
  const files = [...walk(path.join(ROOT, 'seeds')), ...walk(path.join(ROOT, 'test', 'fixtures'))].filter((f) => /\.(txt|md)$/.test(f));
  const out: Array<[string, string]> = files.map((f) => [path.relative(ROOT, f).split(path.sep).join('/'), fs.readFileSync(f, 'utf8')]);
  for (const f of realEnFiles()) out.push([`real-en/${path.basename(f)}`, fs.readFileSync(f, 'utf8')]);
  return out;
}

const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 32);

describe('parse snapshot: the parser gives the same output for every seed, fixture and real English text', () => {
  const recorded: Record<string, string> = fs.existsSync(RECORD) ? JSON.parse(fs.readFileSync(RECORD, 'utf8')) : {};
  const all = texts();

  if (process.env.UPDATE_PARSE_SNAPSHOT) {
    const next: Record<string, string> = {};
    for (const [key, text] of all) for (const [layout, options] of LAYOUTS) next[`${key} (${layout})`] = hash(JSON.stringify(parseDocument(text, options)));
    fs.writeFileSync(RECORD, `${JSON.stringify(next, null, 2)}\n`);
    Object.assign(recorded, next);
  }

  it('covers the seeds, the fixtures of every language and (where present) the real English texts', () => {
    const keys = all.map(([k]) => k);
    assert.ok(keys.filter((k) => k.startsWith('seeds/')).length >= 5, 'the five seeds');
    for (const lang of ['ar', 'es', 'fr', 'ru']) assert.ok(keys.some((k) => k.startsWith(`test/fixtures/languages/${lang}/`)), lang);
    if (hasRealEn()) assert.strictEqual(keys.filter((k) => k.startsWith('real-en/')).length, 46);
  });

  for (const [key, text] of all) {
    it(key, () => {
      for (const [layout, options] of LAYOUTS) {
        const k = `${key} (${layout})`;
        assert.ok(recorded[k], `${k} has no recorded hash: run UPDATE_PARSE_SNAPSHOT=1 npx mocha --grep 'parse snapshot'`);
        assert.strictEqual(hash(JSON.stringify(parseDocument(text, options))), recorded[k], `the parse of ${k} changed`);
      }
    });
  }
});
