/** The project configuration file: reading, mistakes at their place, finding it, and the editor's settings over it. */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { findConfigFile } from '../../../server/src/service/config/locate';
import { overlayConfig, readProjectConfig } from '../../../server/src/service/config/projectConfig';
import { resolveSettings } from '../../../server/src/lsp/settings';
import { run } from '../cli/helpers';
import { makeTempDir, removeTempDir } from '../../support/tempDir';

const GOOD = JSON.stringify({
  $schema: './schemas/resolutionrc.schema.json',
  corpus: { folders: ['../precedents'], includeBuiltIn: false, maxFiles: 500 },
  severity: { 'paragraph-punctuation': 'hint', 'footnote-order': 'OFF' },
  rules: { 'agreed-language': false },
  thresholds: { near: 0.8 },
  locale: 'zh',
});

describe('project configuration file', () => {
  it('reads every setting of a good file, with no finding', () => {
    const r = readProjectConfig(GOOD, 'en');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.settings, {
      corpus: { folders: ['../precedents'], includeBuiltIn: false, maxFiles: 500 },
      severity: { 'paragraph-punctuation': 'hint', 'footnote-order': 'off' },
      checks: { 'agreed-language': false },
      thresholds: { near: 0.8 },
      locale: 'zh',
    });
    const s = resolveSettings(overlayConfig(undefined, r.settings), 'en');
    assert.deepEqual(s.service.severities, { 'paragraph-punctuation': 4, 'footnote-order': 'off', 'agreed-language': 'off' });
    assert.equal(s.service.thresholds.near, 0.8);
    assert.equal(s.service.locale, 'zh');
    assert.equal(s.includeBuiltIn, false);
  });

  it('a mistake is a finding at its place; the rest applies; garbage never throws', () => {
    const text = '{\n  "severity": { "footnote-order": "hint" },\n  "thresholds": { "near": "high" }\n}\n';
    const r = readProjectConfig(text, 'zh');
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].code, 'config-problem');
    assert.deepEqual(r.problems[0].range.start, { line: 2, character: 26 });
    assert.ok(r.problems[0].message.includes('thresholds.near'), r.problems[0].message);
    assert.deepEqual(r.settings.severity, { 'footnote-order': 'hint' });
    for (const bad of ['', '[]', 'null', '{', '{"a":}', '"x"', '{"corpus": 3}', '\uFEFF{}', '{"severity": {"x": 1}}', '{'.repeat(10000)]) {
      const x = readProjectConfig(bad, 'en');
      assert.ok(Array.isArray(x.problems), bad.slice(0, 10));
    }
    assert.deepEqual(readProjectConfig('\uFEFF{}', 'en').problems, []);
    // Random bytes: a finding or none, never an exception.
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i++) {
      const chars = Array.from({ length: 40 }, () => '{}[]":,0123tfn \n"ae\\'[Math.floor(rnd() * 22)]).join('');
      readProjectConfig(chars, 'en');
    }
  });

  it('the editor’s settings win where the user set them; defaults let the file decide', () => {
    const config = readProjectConfig(GOOD, 'en').settings;
    // VS Code sends every setting, defaults included.
    const vscodeDefaults = { thresholds: { near: 0.7, partialMinChars: null }, corpus: { folders: [], includeBuiltIn: true, maxFiles: 10000, maxTotalMB: 256 }, severity: {}, checks: {}, locale: 'auto' };
    const a = resolveSettings(overlayConfig(vscodeDefaults, config), 'en');
    assert.equal(a.service.thresholds.near, 0.8);
    assert.equal(a.service.locale, 'zh');
    assert.equal(a.includeBuiltIn, false);
    assert.equal(a.service.severities['paragraph-punctuation'], 4);
    assert.equal(a.service.thresholds.partialMinChars, undefined, 'unset in both: each language’s own minimum');
    const withMin = readProjectConfig(JSON.stringify({ thresholds: { partialMinChars: 30 } }), 'en').settings;
    assert.equal(resolveSettings(overlayConfig(vscodeDefaults, withMin), 'en').service.thresholds.partialMinChars, 30, 'the file’s minimum applies when the editor leaves it unset');
    const userMin = { ...vscodeDefaults, thresholds: { near: 0.7, partialMinChars: 20 } };
    assert.equal(resolveSettings(overlayConfig(userMin, withMin), 'en').service.thresholds.partialMinChars, 20, 'a minimum set in the editor wins, 20 included');
    const userSet = { ...vscodeDefaults, thresholds: { near: 0.9, partialMinChars: 20 }, locale: 'en', severity: { 'paragraph-punctuation': 'error' } };
    const b = resolveSettings(overlayConfig(userSet, config), 'en');
    assert.equal(b.service.thresholds.near, 0.9);
    assert.equal(b.service.locale, 'en');
    assert.equal(b.service.severities['paragraph-punctuation'], 1);
    assert.equal(b.service.severities['footnote-order'], 'off', 'a code the user did not set keeps the file’s value');
  });

  describe('found by walking up from the draft', () => {
    let dir: string;
    before(() => {
      dir = makeTempDir('resolutionrc-');
      fs.mkdirSync(path.join(dir, 'a', 'b', 'c'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'resolution.config.json'), '{}');
      fs.writeFileSync(path.join(dir, 'a', '.resolutionrc.json'), '{}');
      fs.writeFileSync(path.join(dir, 'a', 'resolution.config.json'), '{}');
      fs.mkdirSync(path.join(dir, 'a', 'b', '.resolutionrc.json')); // a folder of that name is no configuration
    });
    after(() => removeTempDir(dir));

    it('the nearest file applies; .resolutionrc.json first; a cache answers the folders walked', () => {
      const exists = (f: string) => fs.existsSync(f) && fs.statSync(f).isFile();
      const cache = new Map<string, string | null>();
      assert.equal(findConfigFile(path.join(dir, 'a', 'b', 'c'), exists, cache), path.join(dir, 'a', '.resolutionrc.json'));
      assert.equal(cache.get(path.join(dir, 'a', 'b')), path.join(dir, 'a', '.resolutionrc.json'));
      assert.equal(findConfigFile(dir, exists), path.join(dir, 'resolution.config.json'));
      let calls = 0;
      findConfigFile(path.join(dir, 'a', 'b', 'c'), (f) => (calls++, exists(f)), cache);
      assert.equal(calls, 0);
    });
  });

  describe('in the CLI', () => {
    let dir: string;
    const slip = '大会，\n\n回顾其第 79/194 号决议，\n\n1. 决定继续审议该项目。\n\n2. 请秘书长提交报告。\n';
    before(() => {
      dir = makeTempDir('resolutionrc-cli-');
      fs.mkdirSync(path.join(dir, 'drafts'));
      fs.mkdirSync(path.join(dir, 'precedents'));
      fs.writeFileSync(path.join(dir, 'drafts', 'draft.txt'), slip);
      fs.writeFileSync(path.join(dir, 'plain.txt'), slip);
    });
    after(() => removeTempDir(dir));

    it('applies the file of each input: severities, corpus folders relative to the file, locale; --locale wins', async () => {
      fs.writeFileSync(path.join(dir, 'drafts', '.resolutionrc.json'), JSON.stringify({ severity: { 'paragraph-punctuation': 'error' }, corpus: { folders: ['../precedents'], includeBuiltIn: false }, locale: 'zh' }));
      const r = await run(['--format', 'json', path.join(dir, 'drafts', 'draft.txt'), path.join(dir, 'plain.txt')]);
      const files = JSON.parse(r.stdout).files as Array<{ path: string; diagnostics: Array<{ code: string; severity: number; message: string }> }>;
      const punct = (i: number) => files[i].diagnostics.filter((d) => d.code === 'paragraph-punctuation');
      assert.equal(punct(0).length, 1);
      assert.equal(punct(0)[0].severity, 1);
      assert.ok(/应以/.test(punct(0)[0].message), punct(0)[0].message);
      assert.equal(punct(1)[0].severity, 2, 'a draft outside the folder keeps the defaults');
      assert.equal(r.code, 1, 'an error now');
      assert.deepEqual(r.corpusOptions[0].paths, [path.join(dir, 'precedents')]);
      assert.equal(r.corpusOptions[0].includeBuiltIn, false);
      const en = await run(['--format', 'json', '--locale', 'en', path.join(dir, 'drafts', 'draft.txt')]);
      assert.ok(/should end with/.test(JSON.parse(en.stdout).files[0].diagnostics[0].message));
    });

    it('a bad file: a warning line on stderr, the defaults, the same exit status', async () => {
      fs.writeFileSync(path.join(dir, 'drafts', '.resolutionrc.json'), '{ "severity": { "paragraph-punctuation": "error" }, }');
      const r = await run(['--format', 'json', path.join(dir, 'drafts', 'draft.txt')]);
      assert.match(r.stderr, /resolution-lint: configuration .*\.resolutionrc\.json:1:\d+: The configuration file is not valid JSON/);
      assert.equal(JSON.parse(r.stdout).files[0].diagnostics[0].severity, 2);
      assert.equal(r.code, 0);
      fs.writeFileSync(path.join(dir, 'drafts', '.resolutionrc.json'), '{ "rules": { "paragraph-punctuaton": false } }');
      const u = await run(['--format', 'json', path.join(dir, 'drafts', 'draft.txt')]);
      assert.match(u.stderr, /Unknown rule code “paragraph-punctuaton”/);
    });
  });
});

describe('project configuration file: the severity of its own findings', () => {
  it('follows the file’s own severity for config-problem, or none when it is off', () => {
    const bad = (extra: string) => `{ "colour": "blue"${extra} }`;
    assert.equal(readProjectConfig(bad(''), 'en').problems[0].severity, 2);
    assert.equal(readProjectConfig(bad(', "severity": { "config-problem": "error" }'), 'en').problems[0].severity, 1);
    assert.deepEqual(readProjectConfig(bad(', "rules": { "config-problem": false }'), 'en').problems, []);
  });
});
