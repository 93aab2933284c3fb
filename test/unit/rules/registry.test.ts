/**
 * The rule registry is the one source of the codes: the per-code settings in package.json, the
 * schema of .resolutionrc.json and the README table are what `npm run gen:rules` makes of it; every
 * rule has its documentation page; diagnostics link to it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { RULE_CODES, RULE_DESCRIPTIONS } from '../../../server/src/cli/rules';
import { formatSarif } from '../../../server/src/cli/format/sarif';
import { DEFAULT_SEVERITIES, DIAGNOSTIC_CODES } from '../../../server/src/service/options';
import { repositoryUrl, ruleDocsUrl, rulePagePath } from '../../../server/src/service/rules/docsUrl';
import { readmeRuleTable, withManifestRules, withReadmeTable, withSchemaRules } from '../../../server/src/service/rules/generated';
import { RULES } from '../../../server/src/service/rules/registry';

const ROOT = path.join(__dirname, '..', '..', '..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');

describe('rule registry', () => {
  it('is the source of the codes, their default severities and the CLI rule list', () => {
    const codes = RULES.map((r) => r.code);
    assert.equal(new Set(codes).size, codes.length, 'a code is defined twice');
    assert.deepEqual([...DIAGNOSTIC_CODES], codes);
    assert.deepEqual([...RULE_CODES], codes);
    for (const r of RULES) {
      assert.equal(DEFAULT_SEVERITIES[r.code], r.defaultSeverity);
      assert.equal(RULE_DESCRIPTIONS[r.code], r.docs.summary);
      assert.ok(r.docs.summary.zh && r.docs.summary.en && r.docs.table, `${r.code}: documentation missing`);
    }
  });

  it('package.json, the configuration schema and the README are what gen:rules makes of it (run `npm run gen:rules` when this fails)', () => {
    const manifest = JSON.parse(read('package.json'));
    assert.deepEqual(manifest, withManifestRules(manifest), 'package.json per-code settings drifted from the registry');
    const schema = JSON.parse(read('schemas/resolutionrc.schema.json'));
    assert.deepEqual(schema, withSchemaRules(schema), 'schemas/resolutionrc.schema.json drifted from the registry');
    const readme = read('README.md');
    assert.ok(readme.includes(readmeRuleTable()), 'the README table drifted from the registry');
    assert.equal(readme, withReadmeTable(readme));
  });

  it('the drift check notices a code missing from package.json or a changed default', () => {
    const manifest = JSON.parse(read('package.json'));
    const props = manifest.contributes.configuration.properties;
    delete props['resolution.severity'].properties['footnote-order'];
    props['resolution.checks'].properties['paragraph-numbering'].default = false;
    assert.notDeepEqual(manifest, withManifestRules(manifest));
    const readme = read('README.md').replace('| [`footnote-order`]', '| [`footnote-orders`]');
    assert.notEqual(readme, withReadmeTable(readme));
  });

  it('contributes the schema of the configuration file to VS Code', () => {
    const manifest = JSON.parse(read('package.json'));
    const v = manifest.contributes.jsonValidation as Array<{ fileMatch: string[]; url: string }>;
    const entry = v.find((x) => x.fileMatch.includes('.resolutionrc.json'));
    assert.ok(entry && entry.fileMatch.includes('resolution.config.json'));
    assert.ok(fs.existsSync(path.join(ROOT, entry.url)), entry.url);
    assert.ok(read('.vscodeignore').includes('!schemas/resolutionrc.schema.json'), 'the schema must ship in the .vsix');
  });

  it('every rule has its documentation page: what it finds, why, examples in the six languages, how to silence it', () => {
    for (const r of RULES) {
      const file = path.join(ROOT, rulePagePath(r.code));
      assert.ok(fs.existsSync(file), `${rulePagePath(r.code)} is missing`);
      const page = fs.readFileSync(file, 'utf8');
      for (const heading of ['## What it finds', '## Why it matters', '## Examples', '### 中文', '### English', '### Français', '### Español', '### Русский', '### العربية', '## How to silence it']) {
        assert.ok(page.includes(heading), `${r.code}: no “${heading}”`);
      }
      assert.ok(page.includes(`resolution-disable-next-line ${r.code}`), `${r.code}: the page does not show its suppression comment`);
    }
  });

  it('links each finding to its page: codeDescription in the repository named by package.json, SARIF helpUri', () => {
    const repo = JSON.parse(read('package.json')).repository;
    assert.equal(repositoryUrl(repo), repo.url.replace(/\.git$/, ''));
    assert.equal(repositoryUrl('git+https://github.com/a/b.git'), 'https://github.com/a/b');
    assert.equal(repositoryUrl('github:a/b'), 'https://github.com/a/b');
    assert.equal(repositoryUrl({}), undefined);
    assert.equal(ruleDocsUrl('footnote-order'), `${repositoryUrl(repo)}/blob/main/docs/rules/footnote-order.md`);
    const sarif = JSON.parse(formatSarif([], 'en', '0.0.0'));
    const rules = sarif.runs[0].tool.driver.rules as Array<{ id: string; helpUri: string }>;
    assert.deepEqual(rules.map((r) => r.id), [...DIAGNOSTIC_CODES]);
    for (const r of rules) assert.equal(r.helpUri, ruleDocsUrl(r.id));
  });
});
