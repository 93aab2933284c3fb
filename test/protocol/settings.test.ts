/** The server's reading of the `resolution` settings section (untrusted input from the client). */
import * as assert from 'node:assert/strict';
import { mergeSettings, resolveSettings, DEFAULT_DEBOUNCE_MS } from '../../server/src/lsp/settings';

describe('lsp/settings: resolution section → service settings', () => {
  it('defaults: built-in corpus, default thresholds, debounce, locale from the client tag', () => {
    const s = resolveSettings(undefined, 'zh-cn');
    assert.equal(s.service.locale, 'zh');
    assert.equal(s.includeBuiltIn, true);
    assert.deepEqual(s.corpusFolders, []);
    assert.equal(s.debounceMs, DEFAULT_DEBOUNCE_MS);
    assert.deepEqual(s.service.severities, {});
    assert.equal(resolveSettings({ locale: 'auto' }, 'en-US').service.locale, 'en');
    assert.equal(resolveSettings({ locale: 'zh' }, 'en-US').service.locale, 'zh');
    // The six UN languages, set or followed from the editor; anything else falls back to the editor's.
    for (const locale of ['fr', 'es', 'ru', 'ar']) assert.equal(resolveSettings({ locale }, 'zh-CN').service.locale, locale);
    assert.equal(resolveSettings({ locale: 'auto' }, 'ar-EG').service.locale, 'ar');
    assert.equal(resolveSettings({}, 'ru').service.locale, 'ru');
    assert.equal(resolveSettings({ locale: 'de' }, 'es-419').service.locale, 'es');
    assert.equal(resolveSettings({ locale: 'de' }, 'de-DE').service.locale, 'en');
  });

  it('maps severity names and checks to service severities; unknown codes and names are ignored', () => {
    const s = resolveSettings(
      {
        severity: { 'paragraph-numbering': 'hint', 'footnote-unused': 'off', 'agreed-language': 'bogus', 'no-such-code': 'error' },
        checks: { 'reference-malformed': false, 'footnote-order': true },
      },
      'en',
    );
    assert.deepEqual(s.service.severities, { 'paragraph-numbering': 4, 'footnote-unused': 'off', 'reference-malformed': 'off' });
  });

  it('rejects malformed values instead of failing', () => {
    const s = resolveSettings({ thresholds: { near: 7, partialMinChars: 'x' }, corpus: { folders: [1, '', 'a'], includeBuiltIn: 'no' }, diagnostics: { debounceMs: -5 } }, 'en');
    assert.equal(s.service.thresholds.near, 0.7);
    // malformed: unset, so each paragraph's language sets the minimum
    assert.equal(s.service.thresholds.partialMinChars, undefined);
    assert.equal(resolveSettings({ thresholds: { partialMinChars: null } }, 'en').service.thresholds.partialMinChars, undefined, 'VS Code’s default (null)');
    assert.equal(resolveSettings({ thresholds: { partialMinChars: 30 } }, 'en').service.thresholds.partialMinChars, 30);
    assert.deepEqual(s.corpusFolders, ['a']);
    assert.equal(s.includeBuiltIn, true);
    assert.equal(s.debounceMs, DEFAULT_DEBOUNCE_MS);
    assert.equal(resolveSettings('nonsense', undefined).service.locale, 'en');
    assert.equal(resolveSettings({ diagnostics: { debounceMs: 0 } }, 'en').debounceMs, 0);
  });

  it('merges initialization options under the configuration (configuration wins)', () => {
    assert.deepEqual(mergeSettings({ diagnostics: { debounceMs: 0 }, locale: 'zh' }, { locale: 'en', corpus: { folders: ['x'] } }), {
      diagnostics: { debounceMs: 0 },
      locale: 'en',
      corpus: { folders: ['x'] },
    });
    assert.deepEqual(mergeSettings({ a: 1 }, undefined), { a: 1 });
  });
});
