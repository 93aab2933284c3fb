/**
 * language/ is the only place with script ranges (issue 9): no file elsewhere in server/src/service writes
 * the bounds of a writing system's block (Han, kana, Hangul, Arabic, Hebrew, Cyrillic, Greek) as a `\u`
 * escape or a hex number, nor a Unicode script property; they ask language/script.ts (or the profile).
 * Punctuation and spacing code points (U+3000 ideographic space, full-width forms, U+00A0) are not scripts.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, sourceFiles } from '../../support/importGraph';

/** The first and last code points of the script blocks the service knows (leading zeros dropped). */
const BOUNDS = ['2e80', '2fdf', '3040', '30ff', '3200', '32ff', '3400', '4dbf', '4e00', '9fff', 'a000', 'ac00', 'd7af', 'f900', 'faff', '20000', '3134f', '590', '5ff', '600', '6ff', '8ff', 'fb1d', 'fdff', 'fe70', '400', '4ff', '52f', '370', '3ff'];
const RANGE_LITERAL = new RegExp(`(?:\\\\u\\{?|0x)0*(?:${BOUNDS.join('|')})(?![0-9a-f])`, 'gi');
const SCRIPT_PROPERTY = /\\p\{(?:Script|sc|scx|Script_Extensions)=|\\p\{(?:Han|Arabic|Cyrillic|Greek|Latin|Hebrew|Hiragana|Katakana|Hangul)\}/g;

/** Files outside language/ allowed one anyway, each with the reason. Empty: keep it so. */
const ALLOWED: Record<string, string> = {};

/** The script-range literals a file writes, as `line: literal`. */
function literals(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const re of [RANGE_LITERAL, SCRIPT_PROPERTY]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${text.slice(0, m.index).split('\n').length}: ${m[0]}`);
  }
  return out;
}

describe('architecture: script ranges only in language/', () => {
  it('no file in server/src/service outside language/ writes a script range', () => {
    const found: string[] = [];
    for (const file of sourceFiles('server/src/service')) {
      if (file.startsWith('server/src/service/language/') || ALLOWED[file] !== undefined) continue;
      const bad = literals(file);
      if (bad.length) found.push(`${file}: ${bad.join(', ')}`);
    }
    assert.deepStrictEqual(found, [], `ask language/script.ts (or the profile) instead:\n${found.join('\n')}`);
  });

  it('the check sees what it looks for (language/script.ts writes them; spaces and punctuation are not scripts)', () => {
    const inScript = literals('server/src/service/language/script.ts').join(' ');
    for (const s of ['0x4e00', '0x9fff', '0x3400', '\\u4e00', '\\u0590', '0x400', '0x52f', '0x20000']) assert.ok(inScript.toLowerCase().includes(s), s);
    const probe = (s: string) => (RANGE_LITERAL.lastIndex = 0, RANGE_LITERAL.test(s));
    assert.ok(probe("const CJK = /[\\u3400-\\u9fff]/;"));
    assert.ok(probe('c >= 0x0600 && c <= 0x06ff'));
    assert.ok(!probe("c === 0x3000 || c === 0xa0 || c === 0x4000 || '\\u00a0' || 0x2400"));
    assert.ok(SCRIPT_PROPERTY.test('/\\p{Script=Han}/u'));
  });
});
