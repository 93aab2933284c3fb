/**
 * The message catalogue in the six locales: every locale has every message id of English with the
 * same placeholders, every plural choice covers the categories the locale's plural rules have, and
 * real messages render as each language says a count.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { format, LOCALES, placeholders, pluralBranches, type Locale } from '../../../server/src/service/i18n';
import { catalog, MESSAGE_TABLES } from '../../../server/src/service/i18n/catalog';
import { matchingMessages } from '../../../server/src/service/matching/messages';
import { cliMessages } from '../../../server/src/cli/messages';
import { featureMessages } from '../../../server/src/service/features/messages';

const root = path.join(__dirname, '../../..');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Placeholder names, case-folded: `{Name}` (a capital for a sentence start) counts as `{name}`. */
const names = (t: string) => [...placeholders(t)].map((n) => n.toLowerCase()).sort();
const unique = (xs: string[]) => [...new Set(xs)];

/** Placeholders a locale leaves out on purpose: Chinese names an agreed-language source without its year. */
const OMITTED: Partial<Record<Locale, Record<string, string[]>>> = {
  zh: { 'matching.exact': ['year'], 'matching.near': ['year'], 'matching.partial': ['year'] },
};

describe('message catalogue in six locales', () => {
  const en = catalog('en');
  const ids = Object.keys(en);

  it('holds every module with message tables', () => {
    const catalogSource = fs.readFileSync(path.join(root, 'server/src/service/i18n/catalog.ts'), 'utf8');
    const modules = walk(path.join(root, 'server/src')).filter((f) => /messagesById\(\w+/.test(fs.readFileSync(f, 'utf8')));
    assert.ok(modules.length >= 11, `${modules.length} modules`);
    for (const file of modules) {
      const exported = /export const (\w+MessageTables)\b/.exec(fs.readFileSync(file, 'utf8'))?.[1];
      assert.ok(exported, `${path.relative(root, file)} exports its tables as …MessageTables`);
      assert.ok(new RegExp(`\\b${exported}\\b`).test(catalogSource), `${exported} is in i18n/catalog.ts`);
    }
    assert.strictEqual(Object.keys(MESSAGE_TABLES).length, modules.length);
    assert.ok(ids.length > 150, `${ids.length} ids`);
  });

  for (const locale of LOCALES) {
    it(`${locale}: every id, nothing else, the same placeholders as English, no empty template`, () => {
      const table = catalog(locale);
      assert.deepStrictEqual(Object.keys(table).sort(), [...ids].sort());
      for (const id of ids) {
        assert.ok(table[id].trim() !== '' || en[id].trim() === '', `${locale} ${id} is empty`);
        const omitted = OMITTED[locale]?.[id] ?? [];
        const expected = unique(names(en[id])).filter((n) => !omitted.includes(n));
        assert.deepStrictEqual(unique(names(table[id])), expected, `${locale} ${id}: ${table[id]}`);
      }
    });

    it(`${locale}: every plural choice names every category of the locale`, () => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      let plurals = 0;
      for (const [id, template] of Object.entries(catalog(locale))) {
        for (const p of pluralBranches(template)) {
          plurals++;
          assert.ok(p.selectors, `${locale} ${id}: malformed plural of {${p.name}}`);
          for (const c of categories) assert.ok(p.selectors.includes(c), `${locale} ${id}: {${p.name}} lacks “${c}”`);
          for (const s of p.selectors) assert.ok(s.startsWith('=') || categories.includes(s as Intl.LDMLPluralRule), `${locale} ${id}: “${s}” is no category of ${locale}`);
        }
        // The old English-only `{n:one|other}` choice is gone: it would now print as written.
        assert.doesNotMatch(template, /\{\w+:[^{}]*\|/, `${locale} ${id}: write plurals as {n, plural, one {…} other {…}}`);
        // Every brace is closed: an unbalanced template would print its braces.
        let depth = 0;
        for (const ch of template) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
        assert.strictEqual(depth, 0, `${locale} ${id}: unbalanced braces`);
      }
      if (locale !== 'zh') assert.ok(plurals >= 8, `${locale}: ${plurals} plural choices`);
    });
  }

  it('Russian says 1 источник, 2 источника, 5 источников, 21 источник', () => {
    const more = (n: number) => format('ru', matchingMessages.more, { count: n });
    assert.deepStrictEqual([1, 2, 5, 21].map(more), [' (и ещё 1 источник)', ' (и ещё 2 источника)', ' (и ещё 5 источников)', ' (и ещё 21 источник)']);
    const files = (n: number) => format('ru', cliMessages.summaryClean, { files: n });
    assert.strictEqual(files(1), '✔ проверен 1 файл, проблем нет');
    assert.strictEqual(files(3), '✔ проверено 3 файла, проблем нет');
    assert.strictEqual(files(11), '✔ проверено 11 файлов, проблем нет');
  });

  it('Arabic uses its six forms: 0, 1, 2, 3, 11 and 100 sources', () => {
    const more = (n: number) => format('ar', matchingMessages.more, { count: n });
    assert.deepStrictEqual([0, 1, 2, 3, 11, 100].map(more), [
      ' (ولا مصادر أخرى)',
      ' (ومصدر آخر)',
      ' (ومصدران آخران)',
      ' (و3 مصادر أخرى)',
      ' (و11 مصدراً آخر)',
      ' (و100 مصدر آخر)',
    ]);
  });

  it('French counts 0 and 1 as singular, and Spanish and French write millions with “de”', () => {
    const fr = (n: number) => format('fr', matchingMessages.moreChanges, { count: n });
    assert.strictEqual(fr(0), 'et 0 autre modification');
    assert.strictEqual(fr(1), 'et 1 autre modification');
    assert.strictEqual(fr(2), 'et 2 autres modifications');
    assert.strictEqual(fr(1_000_000), 'et 1000000 d’autres modifications');
    assert.strictEqual(format('es', matchingMessages.moreChanges, { count: 1 }), 'y 1 cambio más');
    assert.strictEqual(format('es', matchingMessages.moreChanges, { count: 4 }), 'y 4 cambios más');
    assert.strictEqual(format('es', matchingMessages.moreChanges, { count: 1_000_000 }), 'y 1000000 de cambios más');
  });

  it('renders the report summary in every locale with each count in place', () => {
    const args = { total: 21, agreed: 5, near: 3, partial: 2, new: 11, share: 24 };
    const out = Object.fromEntries(LOCALES.map((l) => [l, format(l, featureMessages.reportSummary, args)])) as Record<Locale, string>;
    assert.strictEqual(out.en, '21 paragraphs: 5 agreed, 3 near, 2 partial, 11 new (24% agreed language).');
    assert.strictEqual(out.ru.slice(0, 9), '21 пункт:');
    assert.ok(out.ar.startsWith('21 فقرة:'), out.ar);
    for (const l of LOCALES) {
      assert.doesNotMatch(out[l], /[{}#]/, l);
      for (const n of ['21', '5', '3', '2', '11', '24']) assert.ok(out[l].includes(n), `${l}: ${n} in ${out[l]}`);
    }
  });
});
