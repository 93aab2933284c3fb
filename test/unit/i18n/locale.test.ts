import * as assert from 'assert';
import { format, localeFromTag } from '../../../server/src/service/i18n';

describe('i18n', () => {
  it('reads editor and POSIX locale tags', () => {
    for (const tag of ['zh', 'zh-cn', 'zh-CN', 'zh-Hans-CN', 'zh_CN.UTF-8', 'zh_TW', 'ZH-TW']) {
      assert.strictEqual(localeFromTag(tag), 'zh', tag);
    }
    for (const tag of ['en', 'en-US', 'en_GB.UTF-8', 'fr', 'C', 'POSIX', '', undefined, null, 'zhx']) {
      assert.strictEqual(localeFromTag(tag), 'en', String(tag));
    }
  });

  it('fills placeholders and leaves unknown ones', () => {
    const m = { zh: '执行部分第 {n} 段：应为 {expected}', en: 'OP {n}: expected {expected} ({other})' };
    assert.strictEqual(format('zh', m, { n: 4, expected: '3.' }), '执行部分第 4 段：应为 3.');
    assert.strictEqual(format('en', m, { n: 4, expected: '3.' }), 'OP 4: expected 3. ({other})');
  });

  it('chooses singular or plural English words by a count', () => {
    const m = { zh: '（另有 {count} 处来源）', en: ' (and {count} more {count:source|sources})' };
    assert.strictEqual(format('en', m, { count: 1 }), ' (and 1 more source)');
    assert.strictEqual(format('en', m, { count: 2 }), ' (and 2 more sources)');
    assert.strictEqual(format('en', m, { count: 0 }), ' (and 0 more sources)');
    assert.strictEqual(format('zh', m, { count: 1 }), '（另有 1 处来源）');
    // Without the argument the placeholder is left as it is.
    assert.strictEqual(format('en', m, {}), ' (and {count} more {count:source|sources})');
  });
});
