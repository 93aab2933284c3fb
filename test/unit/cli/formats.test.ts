/**
 * resolution-lint output formats and exit codes on diagnostics of known
 * shape: the corpus's agreed-language index is replaced by one that reports
 * fixed diagnostics, so these tests pin the formats down whatever the parser
 * and checks find.
 */
import * as assert from 'assert';
import { Corpus } from '../../../server/src/service/corpus';
import type { ServiceDiagnostic } from '../../../server/src/service/model';
import { DIAGNOSTIC_CODES } from '../../../server/src/service/options';
import { run } from './helpers';

const SEED = 'seeds/001_8d8e352413f896fa.txt';

/** A corpus whose index reports the given diagnostics for every document. */
function corpusReporting(diags: ServiceDiagnostic[]): Corpus {
  const corpus = Corpus.empty();
  (corpus as { index: unknown }).index = {
    // eslint-disable-next-line require-yield
    analyzeInSteps: function* () {
      return [];
    },
    diagnostics: () => diags.map((d) => ({ ...d, range: { start: { ...d.range.start }, end: { ...d.range.end } } })),
  };
  return corpus;
}

const error: ServiceDiagnostic = {
  range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } },
  severity: 1,
  code: 'agreed-language-deviation',
  source: 'resolution',
  message: '与 A/RES/76/189 执行部分第 7 段相比：删除了“全面”',
  data: { symbol: 'A/RES/76/189', paragraph: 'OP 7' },
  span: { start: 6, end: 10 },
};
const info: ServiceDiagnostic = {
  range: { start: { line: 10, character: 5 }, end: { line: 11, character: 2 } },
  severity: 3,
  code: 'agreed-language',
  source: 'resolution',
  message: 'Agreed language: A/RES/80/118 PP 3',
  span: { start: 100, end: 120 },
};

describe('resolution-lint: output formats', () => {
  it('json: exactly {"files":[{"path","diagnostics":[LSP Diagnostic]}]}, without span', async () => {
    const r = await run(['--format', 'json', SEED, SEED], { loadCorpus: async () => corpusReporting([error, info]) });
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.stderr, '');
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual(Object.keys(out), ['files']);
    assert.strictEqual(out.files.length, 2);
    for (const f of out.files) {
      assert.deepStrictEqual(Object.keys(f), ['path', 'diagnostics']);
      assert.strictEqual(f.path, SEED);
    }
    const [d0, d1] = out.files[0].diagnostics;
    assert.deepStrictEqual(d0, {
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } },
      severity: 1,
      code: 'agreed-language-deviation',
      source: 'resolution',
      message: '与 A/RES/76/189 执行部分第 7 段相比：删除了“全面”',
      data: { symbol: 'A/RES/76/189', paragraph: 'OP 7' },
    });
    assert.deepStrictEqual(Object.keys(d1), ['range', 'severity', 'code', 'source', 'message']);
  });

  it('sarif: 2.1.0 with a rule for every code and 1-based regions', async () => {
    const r = await run(['--format=sarif', SEED], { loadCorpus: async () => corpusReporting([error, info]) });
    assert.strictEqual(r.code, 1);
    const log = JSON.parse(r.stdout);
    assert.strictEqual(log.version, '2.1.0');
    assert.strictEqual(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    const run0 = log.runs[0];
    const driver = run0.tool.driver;
    assert.strictEqual(driver.name, 'resolution-lint');
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepStrictEqual(driver.rules.map((x: { id: string }) => x.id), [...DIAGNOSTIC_CODES]);
    for (const rule of driver.rules) assert.ok(rule.shortDescription.text.length > 10, rule.id);
    assert.deepStrictEqual(run0.results[0], {
      ruleId: 'agreed-language-deviation',
      level: 'error',
      message: { text: '与 A/RES/76/189 执行部分第 7 段相比：删除了“全面”' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: SEED, uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 5 },
          },
        },
      ],
      ruleIndex: DIAGNOSTIC_CODES.indexOf('agreed-language-deviation'),
      properties: { data: { symbol: 'A/RES/76/189', paragraph: 'OP 7' } },
    });
    assert.strictEqual(run0.results[1].level, 'note');
    assert.deepStrictEqual(run0.results[1].locations[0].physicalLocation.region, { startLine: 11, startColumn: 6, endLine: 12, endColumn: 3 });
  });

  it('sarif: Chinese rule descriptions with --locale zh, and percent-encoded URIs', async () => {
    const r = await run(['--format', 'sarif', '--locale', 'zh', 'test/fixtures/defects/gbk-encoded.txt'], {
      loadCorpus: async () => corpusReporting([info]),
    });
    const log = JSON.parse(r.stdout);
    assert.match(log.runs[0].tool.driver.rules[0].shortDescription.text, /编号/);
    assert.strictEqual(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'test/fixtures/defects/gbk-encoded.txt');
  });

  it('text: grouped by file, line:col severity message code, aligned, with a summary', async () => {
    const r = await run([SEED], { loadCorpus: async () => corpusReporting([error, info]) });
    assert.strictEqual(r.code, 1);
    assert.strictEqual(
      r.stdout,
      [
        SEED,
        '   3:1  error  与 A/RES/76/189 执行部分第 7 段相比：删除了“全面”  agreed-language-deviation',
        '  11:6  info   Agreed language: A/RES/80/118 PP 3                 agreed-language',
        '',
        '✖ 2 problems (1 error, 0 warnings, 1 info)',
        '',
      ].join('\n'),
    );
    const zh = await run(['--locale', 'zh', SEED], { loadCorpus: async () => corpusReporting([info]) });
    assert.strictEqual(zh.code, 0, 'information only: exit 0');
    assert.match(zh.stdout, /  11:6  信息  Agreed language: A\/RES\/80\/118 PP 3  agreed-language\n/);
    assert.match(zh.stdout, /✖ 共 1 个问题（0 个错误，0 个警告，1 条信息或提示）\n$/);
  });

  it('text summary: singular and plural English words', async () => {
    const one = await run(['--locale', 'en', SEED], { loadCorpus: async () => corpusReporting([error]) });
    assert.match(one.stdout, /\n✖ 1 problem \(1 error, 0 warnings, 0 infos\)\n$/);
    const two = await run(['--locale', 'en', SEED, SEED], { loadCorpus: async () => corpusReporting([]) });
    assert.match(two.stdout, /^✔ 2 files checked, no problems\n$/);
    const clean = await run(['--locale', 'en', SEED], { loadCorpus: async () => corpusReporting([]) });
    assert.match(clean.stdout, /^✔ 1 file checked, no problems\n$/);
  });

  it('text: says so when there is nothing to report', async () => {
    const r = await run([SEED, SEED]);
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.stdout, '✔ 2 files checked, no problems\n');
  });
});
