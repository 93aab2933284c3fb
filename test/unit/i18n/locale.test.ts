import * as assert from 'assert';
import { format, localeFromTag, LOCALES, pluralCategory } from '../../../server/src/service/i18n';

describe('i18n', () => {
  it('reads editor and POSIX locale tags', () => {
    for (const tag of ['zh', 'zh-cn', 'zh-CN', 'zh-Hans-CN', 'zh_CN.UTF-8', 'zh_TW', 'ZH-TW']) {
      assert.strictEqual(localeFromTag(tag), 'zh', tag);
    }
    const others: Array<[string, string]> = [
      ['fr', 'fr'], ['fr-CA', 'fr'], ['fr_FR.UTF-8', 'fr'], ['FR-ch', 'fr'],
      ['es', 'es'], ['es-419', 'es'], ['es_ES@euro', 'es'],
      ['ru', 'ru'], ['ru-RU', 'ru'], ['ru_RU.UTF-8', 'ru'],
      ['ar', 'ar'], ['ar-EG', 'ar'], ['ar_SA.UTF-8', 'ar'],
    ];
    for (const [tag, locale] of others) assert.strictEqual(localeFromTag(tag), locale, tag);
    for (const tag of ['en', 'en-US', 'en_GB.UTF-8', 'de', 'pt-BR', 'C', 'POSIX', '', undefined, null, 'zhx', 'fra', 'arabic', 'russian']) {
      assert.strictEqual(localeFromTag(tag), 'en', String(tag));
    }
    assert.deepStrictEqual([...LOCALES].sort(), ['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });

  it('fills placeholders and leaves unknown ones', () => {
    const m = { zh: '执行部分第 {n} 段：应为 {expected}', en: 'OP {n}: expected {expected} ({other})' };
    assert.strictEqual(format('zh', m, { n: 4, expected: '3.' }), '执行部分第 4 段：应为 3.');
    assert.strictEqual(format('en', m, { n: 4, expected: '3.' }), 'OP 4: expected 3. ({other})');
    // A locale without a template falls back to English.
    assert.strictEqual(format('fr', m, { n: 4, expected: '3.' }), 'OP 4: expected 3. ({other})');
  });

  it('chooses plural branches by the category Intl.PluralRules gives the number', () => {
    const m = {
      zh: '（另有 {count} 处来源）',
      en: ' (and {count} more {count, plural, one {source} other {sources}})',
      ru: ' (и ещё {count, plural, one {# источник} few {# источника} many {# источников} other {# источника}})',
      fr: '{count, plural, =0 {aucune source} one {# source} other {# sources}}',
    };
    assert.strictEqual(format('en', m, { count: 1 }), ' (and 1 more source)');
    assert.strictEqual(format('en', m, { count: 2 }), ' (and 2 more sources)');
    assert.strictEqual(format('en', m, { count: 0 }), ' (and 0 more sources)');
    assert.strictEqual(format('zh', m, { count: 1 }), '（另有 1 处来源）');
    assert.strictEqual(format('ru', m, { count: 1 }), ' (и ещё 1 источник)');
    assert.strictEqual(format('ru', m, { count: 3 }), ' (и ещё 3 источника)');
    assert.strictEqual(format('ru', m, { count: 11 }), ' (и ещё 11 источников)');
    assert.strictEqual(format('ru', m, { count: 1.5 }), ' (и ещё 1.5 источника)');
    // `=0` wins over the category (French puts 0 in `one`).
    assert.strictEqual(format('fr', m, { count: 0 }), 'aucune source');
    assert.strictEqual(format('fr', m, { count: 1 }), '1 source');
    // Without the argument, or with a count that is not a number, the placeholder is left as it is.
    assert.strictEqual(format('en', m, {}), ' (and {count} more {count, plural, one {source} other {sources}})');
    assert.strictEqual(format('en', m, { count: 'many' }), ' (and many more {count, plural, one {source} other {sources}})');
  });

  it('knows the plural categories of the six languages', () => {
    const cat = (locale: 'ar' | 'ru' | 'fr', ns: number[]) => ns.map((n) => pluralCategory(locale, n));
    assert.deepStrictEqual(cat('ar', [0, 1, 2, 3, 10, 11, 99, 100, 102]), ['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other']);
    assert.deepStrictEqual(cat('ru', [1, 2, 4, 5, 11, 21, 22, 25]), ['one', 'few', 'few', 'many', 'many', 'one', 'few', 'many']);
    assert.deepStrictEqual(cat('fr', [0, 1, 2]), ['one', 'one', 'other']);
    assert.strictEqual(pluralCategory('zh', 1), 'other');
  });

  it('keeps braces that are not placeholders, and nested placeholders inside branches', () => {
    const m = { en: 'set {a, b} {n, plural, one {# item of {what}} other {# items of {what}}} {' };
    assert.strictEqual(format('en', m, { n: 2, what: 'x' }), 'set {a, b} 2 items of x {');
  });
});
