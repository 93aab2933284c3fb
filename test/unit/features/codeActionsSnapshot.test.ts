/**
 * The code actions offered on every seed and text fixture are unchanged by moving the quick fixes into
 * their rules' folders (issue 10: codeActions.ts keeps only the dispatch). The hashes in
 * codeActionsSnapshot.json were recorded with the code before the move: per text, the actions for the
 * whole document with all its diagnostics, and for each of its first diagnostics' ranges with that one
 * diagnostic sent (titles, kinds, edits, commands, diagnostics fixed, preference, in order). The
 * built-in corpus is loaded, so the agreed-language actions are offered too.
 *
 * When the actions are meant to change, re-record: UPDATE_ACTIONS_SNAPSHOT=1 npx mocha --grep 'code actions snapshot'
 */
import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as F from '../../../server/src/service/features';
import { createLanguageService } from '../../../server/src/service/languageService';
import { defaultSettings } from '../../../server/src/service/options';
import { builtInCorpus } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const RECORD = path.join(__dirname, 'codeActionsSnapshot.json');
/** Diagnostics whose own ranges are asked about, per text (each request is a pass over the document). */
const PER_TEXT = 25;

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

const FILES = [...walk(path.join(ROOT, 'seeds')), ...walk(path.join(ROOT, 'test', 'fixtures'))].filter((f) => /\.(txt|md)$/.test(f));
const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 32);
const keyOf = (f: string): string => path.relative(ROOT, f).split(path.sep).join('/');

describe('code actions snapshot: the actions offered on every seed and fixture are unchanged', function () {
  this.timeout(300000);
  const recorded: Record<string, string> = fs.existsSync(RECORD) ? JSON.parse(fs.readFileSync(RECORD, 'utf8')) : {};
  const current: Record<string, string> = {};

  async function actionsOf(file: string): Promise<string> {
    const corpus = await builtInCorpus();
    const settings = defaultSettings('en');
    const analysis = createLanguageService({ corpus, settings }).analyze(fs.readFileSync(file, 'utf8'));
    const ctx = F.featureContext(analysis, corpus, settings);
    const end = ctx.lines.positionAt(analysis.document.text.length);
    const whole = F.codeActions(ctx, { start: { line: 0, character: 0 }, end }, analysis.diagnostics);
    const each = analysis.diagnostics.slice(0, PER_TEXT).map((d) => F.codeActions(ctx, d.range, [d]));
    return hash(JSON.stringify({ whole, each }));
  }

  if (process.env.UPDATE_ACTIONS_SNAPSHOT) {
    after(() => fs.writeFileSync(RECORD, `${JSON.stringify(current, null, 2)}\n`));
  }

  it('covers the seeds and the rule fixtures', () => {
    assert.ok(FILES.filter((f) => keyOf(f).startsWith('seeds/')).length >= 5);
    assert.ok(FILES.some((f) => keyOf(f).startsWith('test/fixtures/rules/agreed-language-deviation/')));
  });

  for (const file of FILES) {
    const key = keyOf(file);
    it(key, async () => {
      current[key] = await actionsOf(file);
      if (process.env.UPDATE_ACTIONS_SNAPSHOT) return;
      assert.ok(recorded[key], `${key} has no recorded hash: run UPDATE_ACTIONS_SNAPSHOT=1 npx mocha --grep 'code actions snapshot'`);
      assert.strictEqual(current[key], recorded[key], `the code actions on ${key} changed`);
    });
  }
});
