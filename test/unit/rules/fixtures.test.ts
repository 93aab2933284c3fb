/**
 * Every rule's fixture (test/fixtures/rules/<code>/, convention in test/support/ruleFixtures.ts):
 * the findings annotated inline are exactly the findings of those codes, and the quick fix turns
 * `fix.before` into `fix.after`.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { readProjectConfig } from '../../../server/src/service/config/projectConfig';
import * as F from '../../../server/src/service/features';
import { createLanguageService } from '../../../server/src/service/languageService';
import type { ServiceDiagnostic } from '../../../server/src/service/model';
import { defaultSettings } from '../../../server/src/service/options';
import { ruleFor, RULES } from '../../../server/src/service/rules/registry';
import { findingKey, fixtureOptions, readAnnotations, ruleFixtures, stripSlashAnnotations, type Annotation } from '../../support/ruleFixtures';
import { builtInCorpus } from '../features/helpers';

function compare(file: string, annotations: Annotation[], diagnostics: ServiceDiagnostic[], code: string): void {
  const codes = new Set([code, ...annotations.map((a) => a.code)]);
  const actual = diagnostics.filter((d) => codes.has(String(d.code)));
  const key = (line: number, c: string) => findingKey(line, c);
  assert.deepEqual(
    actual.map((d) => key(d.range.start.line, String(d.code))).sort(),
    annotations.map((a) => key(a.line, a.code)).sort(),
    `${path.relative(process.cwd(), file)}: findings (actual) against annotations (expected)\n${actual.map((d) => `  ${key(d.range.start.line, String(d.code))} ${d.message}`).join('\n')}`,
  );
  for (const a of annotations.filter((x) => x.fragment)) {
    const messages = actual.filter((d) => d.range.start.line === a.line && d.code === a.code).map((d) => d.message);
    assert.ok(messages.some((m) => m.includes(a.fragment!)), `${path.basename(file)} ${key(a.line, a.code)}: no message contains “${a.fragment}”: ${messages.join(' | ')}`);
  }
}

async function analyse(text: string) {
  const o = fixtureOptions(text);
  const corpus = o.corpus ? await builtInCorpus() : undefined;
  const settings = defaultSettings(o.locale);
  const service = createLanguageService({ corpus, settings });
  const analysis = service.analyze(text);
  return { analysis, ctx: F.featureContext(analysis, corpus, settings) };
}

describe('rule fixtures: annotated findings and quick fixes', function () {
  this.timeout(120000);
  const fixtures = ruleFixtures();

  it('every rule has a fixture folder with annotated findings of its code', () => {
    assert.deepEqual(fixtures.map((f) => f.code).sort(), RULES.map((r) => r.code).sort());
    for (const f of fixtures) {
      assert.ok(f.findings.length, `${f.code}: no findings.* file`);
      const annotated = f.findings.flatMap((file) => {
        const text = fs.readFileSync(file, 'utf8');
        return file.endsWith('.jsonc') ? stripSlashAnnotations(text).annotations : readAnnotations(text);
      });
      assert.ok(annotated.some((a) => a.code === f.code), `${f.code}: no finding of the code is annotated`);
    }
  });

  for (const f of fixtures) {
    describe(f.code, () => {
      for (const file of f.findings) {
        it(`finds what ${path.basename(file)} annotates`, async () => {
          const raw = fs.readFileSync(file, 'utf8');
          if (file.endsWith('.jsonc')) {
            const { text, annotations } = stripSlashAnnotations(raw);
            compare(file, annotations, readProjectConfig(text, 'en').problems, f.code);
            return;
          }
          const { analysis } = await analyse(raw);
          compare(file, readAnnotations(raw), analysis.diagnostics, f.code);
        });
      }
      if (f.fix) {
        const fix = f.fix;
        it(`its quick fix turns ${path.basename(fix.before)} into ${path.basename(fix.after)}, changing nothing else`, async () => {
          const before = fs.readFileSync(fix.before, 'utf8');
          const after = fs.readFileSync(fix.after, 'utf8');
          const { analysis, ctx } = await analyse(before);
          const d = analysis.diagnostics.find((x) => x.code === f.code);
          assert.ok(d, `${f.code}: no finding in ${path.basename(fix.before)}`);
          const own = ruleFor(f.code)?.fix;
          const actions = own ? own(ctx, d) : F.codeActions(ctx, d.range, [d]).filter((a) => a.edits?.length && a.diagnostics?.some((x) => x.code === d.code));
          assert.ok(actions.length && actions[0].edits, `${f.code}: no quick fix offered`);
          assert.equal(F.applyEdits(before, actions[0].edits!), after);
          // After the fix there is one finding of the code fewer.
          const again = createLanguageService({ corpus: ctx.corpus, settings: ctx.settings }).analyze(after);
          const count = (ds: ServiceDiagnostic[]) => ds.filter((x) => x.code === f.code).length;
          assert.ok(count(again.diagnostics) < count(analysis.diagnostics), `${f.code} is still reported as often after the fix`);
        });
      }
    });
  }
});
