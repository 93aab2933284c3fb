/**
 * Rule fixtures (test/fixtures/rules/<code>/): expected findings are annotated inline, under the
 * line they are on, so a fixture reads as the draft with its findings marked:
 *
 *   4. **重申其弥合数字鸿沟和知识鸿沟的承诺**……；
 *   <!-- ^^^ paragraph-punctuation: 应以“。”结尾 -->
 *
 * An annotation is a comment line `<!-- ^^^ <code> -->`, optionally `: <part of the message>`; it
 * marks a finding of that code starting on the nearest line above that is neither blank nor an
 * annotation. The parser skips comment lines, so the annotations do not change what is checked.
 * In a configuration-file fixture (`*.jsonc`), annotations are `// ^^^ <code>: …` lines, taken out
 * before the file is read. A header comment `<!-- fixture: corpus -->` asks for the built-in corpus,
 * `<!-- fixture: locale=en -->` for English messages.
 *
 * `fix.before.*` / `fix.after.*`: the draft before and after the rule's quick fix on its first finding.
 */
import * as fs from 'fs';
import * as path from 'path';

export const RULE_FIXTURES = path.join(__dirname, '..', 'fixtures', 'rules');

export interface Annotation {
  /** 0-based line the finding is expected on. */
  line: number;
  code: string;
  fragment?: string;
}

const HTML_ANNOTATION = /^\s*<!--\s*\^+\s*([a-z][a-z-]*)(?::\s*(.*?))?\s*-->\s*$/;
const SLASH_ANNOTATION = /^\s*\/\/\s*\^+\s*([a-z][a-z-]*)(?::\s*(.*?))?\s*$/;

/** The annotations of a fixture's text (lines split on \n; a \r before it is ignored). */
export function readAnnotations(text: string, style: 'html' | 'slash' = 'html'): Annotation[] {
  const re = style === 'html' ? HTML_ANNOTATION : SLASH_ANNOTATION;
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const out: Annotation[] = [];
  lines.forEach((l, i) => {
    const m = re.exec(l);
    if (!m) return;
    let target = i - 1;
    while (target >= 0 && (lines[target].trim() === '' || re.test(lines[target]))) target--;
    if (target < 0) throw new Error(`annotation on line ${i + 1} has no line above it`);
    out.push({ line: target, code: m[1], ...(m[2] ? { fragment: m[2] } : {}) });
  });
  return out;
}

/** A `.jsonc` fixture without its annotation lines, and the annotations' lines in that text. */
export function stripSlashAnnotations(text: string): { text: string; annotations: Annotation[] } {
  const lines = text.split('\n');
  const kept: string[] = [];
  const annotations: Annotation[] = [];
  for (const l of lines) {
    const m = SLASH_ANNOTATION.exec(l);
    if (m) annotations.push({ line: kept.length - 1, code: m[1], ...(m[2] ? { fragment: m[2] } : {}) });
    else kept.push(l);
  }
  return { text: kept.join('\n'), annotations };
}

export interface FixtureOptions {
  corpus: boolean;
  locale: 'zh' | 'en';
}

export function fixtureOptions(text: string): FixtureOptions {
  const m = /^<!--\s*fixture:\s*([^>]*?)\s*-->/m.exec(text);
  const words = m ? m[1].split(/\s+/) : [];
  return { corpus: words.includes('corpus'), locale: words.includes('locale=en') ? 'en' : 'zh' };
}

export interface RuleFixture {
  code: string;
  dir: string;
  /** `findings.*` files. */
  findings: string[];
  fix?: { before: string; after: string };
}

export function ruleFixtures(): RuleFixture[] {
  if (!fs.existsSync(RULE_FIXTURES)) return [];
  return fs
    .readdirSync(RULE_FIXTURES)
    .sort()
    .map((code) => {
      const dir = path.join(RULE_FIXTURES, code);
      const files = fs.readdirSync(dir).sort();
      const before = files.find((f) => f.startsWith('fix.before.'));
      const after = files.find((f) => f.startsWith('fix.after.'));
      return {
        code,
        dir,
        findings: files.filter((f) => f.startsWith('findings.')).map((f) => path.join(dir, f)),
        ...(before && after ? { fix: { before: path.join(dir, before), after: path.join(dir, after) } } : {}),
      };
    });
}

/** Findings as comparable keys: `line 12: paragraph-punctuation` (1-based, as an editor shows them). */
export function findingKey(line: number, code: string): string {
  return `line ${line + 1}: ${code}`;
}
