/**
 * The General Assembly resolution snippet in each of the six languages: expanded with its default
 * choices, it has the header, the acting-organ line of that language, a preambular paragraph and two
 * operative paragraphs ending with that language's punctuation. The Chinese and English ones parse
 * to one preambular and two operative paragraphs with no structure finding.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createLanguageService } from '../../../server/src/service/languageService';
import { defaultSettings } from '../../../server/src/service/options';

const root = path.join(__dirname, '../../..');
const snippets: Record<string, { prefix: string[]; description: string; body: string[] }> = JSON.parse(
  fs.readFileSync(path.join(root, 'snippets/resolution.code-snippets'), 'utf8'),
);

/** Index of the `}` closing the `{` at `open`. */
function closing(t: string, open: number): number {
  let depth = 0;
  for (let i = open; i < t.length; i++) {
    if (t[i] === '{') depth++;
    else if (t[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unclosed { at ${open} in ${t}`);
}

/** A snippet body as inserted with its defaults: `${1:x}` → x, `${2|a,b|}` → a, `${1}` → tab stop 1's text, `$0` → ''. */
function expand(body: string, values = new Map<string, string>()): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '$' && body[i + 1] === '{') {
      const end = closing(body, i + 1);
      const inner = body.slice(i + 2, end);
      const m = /^(\d+)(?::([\s\S]*)|\|([^|]*)\|)?$/.exec(inner);
      if (!m) throw new Error(`unknown snippet syntax \${${inner}}`);
      const value = m[2] !== undefined ? expand(m[2], values) : m[3] !== undefined ? m[3].split(',')[0] : values.get(m[1]) ?? '';
      if (m[2] !== undefined || m[3] !== undefined) values.set(m[1], value);
      out += value;
      i = end;
    } else if (body[i] === '$' && /\d/.test(body[i + 1] ?? '')) {
      const n = /^\d+/.exec(body.slice(i + 1))![0];
      out += values.get(n) ?? '';
      i += n.length;
    } else out += body[i];
  }
  return out;
}

interface Expected {
  key: string;
  organ: string;
  preambularEnd: string;
  operativeEnd: string;
  finalEnd: string;
  number: RegExp;
}

const NBSP = '\u00a0';
const LANGUAGES: Record<string, Expected> = {
  zh: { key: 'Chinese', organ: '大会，', preambularEnd: '，', operativeEnd: '；', finalEnd: '。', number: /^1\. / },
  en: { key: 'English', organ: 'The General Assembly,', preambularEnd: ',', operativeEnd: ';', finalEnd: '.', number: /^1\. / },
  fr: { key: 'French', organ: "L'Assemblée générale,", preambularEnd: ',', operativeEnd: `${NBSP};`, finalEnd: '.', number: /^1\. / },
  es: { key: 'Spanish', organ: 'La Asamblea General,', preambularEnd: ',', operativeEnd: ';', finalEnd: '.', number: /^1\. / },
  ru: { key: 'Russian', organ: 'Генеральная Ассамблея,', preambularEnd: ',', operativeEnd: ';', finalEnd: '.', number: /^1\. / },
  ar: { key: 'Arabic', organ: 'إن الجمعية العامة،', preambularEnd: '،', operativeEnd: '؛', finalEnd: '.', number: /^1 - / },
};

describe('General Assembly resolution snippets in six languages', () => {
  it('expands snippet syntax as the editor does', () => {
    assert.strictEqual(expand('${1:a ${2:b}} ${3|x,y|} ${2}$0'), 'a b x b');
  });

  for (const [language, e] of Object.entries(LANGUAGES)) {
    it(`${language}: header, organ line, preambular and operative paragraphs with ${language} punctuation`, () => {
      const snippet = snippets[`General Assembly resolution (${e.key})`];
      assert.ok(snippet, `no ${e.key} snippet`);
      assert.ok(snippet.prefix.includes(`resolution-ga-${language}`), snippet.prefix.join(', '));
      assert.ok(snippet.description.trim().length > 20);
      const text = expand(snippet.body.join('\n'));
      assert.doesNotMatch(text, /\$\{|\$\d/, 'every tab stop expands');
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      const organ = lines.indexOf(e.organ);
      assert.ok(organ >= 4, `organ line “${e.organ}” after the header:\n${text}`);
      const header = lines.slice(0, organ);
      assert.ok(header.some((l) => l.includes('80/118')), 'the resolution number');
      assert.ok(header.some((l) => /15/.test(l) && /2025/.test(l)), 'the adoption line');
      const [pp, op1, op2, ...rest] = lines.slice(organ + 1);
      assert.strictEqual(rest.length, 0, rest.join('\n'));
      assert.ok(pp.endsWith(e.preambularEnd) && !e.number.test(pp), `preambular paragraph: ${pp}`);
      assert.ok(e.number.test(op1) && op1.endsWith(e.operativeEnd), `operative paragraph 1: ${op1}`);
      assert.ok(op2.startsWith(op1.match(e.number)![0].replace('1', '2')) && op2.endsWith(e.finalEnd), `operative paragraph 2: ${op2}`);
      assert.ok(!op2.endsWith(` ${e.finalEnd}`) && !op2.endsWith(`${NBSP}${e.finalEnd}`), 'no space before the full stop');
      if (language === 'ru') {
        // Russian paragraphs begin in lower case: *ссылаясь на* …, 1. *вновь подтверждает* …
        for (const p of [pp, op1, op2]) assert.match(p.replace(/^\d+\.\s*/, '').replace(/^\*/, ''), /^\p{Ll}/u, p);
      }
      if (language === 'ar') assert.match(pp, /^إذ /, 'the first preambular paragraph opens with إذ');
    });
  }

  for (const language of ['zh', 'en'] as const) {
    it(`${language}: parses to one preambular and two operative paragraphs with no structure finding`, () => {
      const text = expand(snippets[`General Assembly resolution (${LANGUAGES[language].key})`].body.join('\n'));
      const analysis = createLanguageService({ settings: defaultSettings(language) }).analyze(text);
      const [res] = analysis.document.resolutions;
      assert.strictEqual(analysis.document.language, language);
      assert.strictEqual(res?.preambular.length, 1);
      assert.strictEqual(res?.operative.length, 2);
      const structural = analysis.diagnostics.filter((d) => /^(paragraph-|footnote-|input-)/.test(String(d.code)));
      assert.deepStrictEqual(structural.map((d) => d.message), []);
    });
  }
});
