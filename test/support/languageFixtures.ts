/** The fr/es/ru/ar fixtures under test/fixtures/languages/<id>: draft, precedent and expected.json. */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '../..');

export interface LanguageFixture {
  language: string;
  precedent: { file: string; symbol: string; date: string; title: string };
  structure: {
    preambular: number;
    operative: number;
    subparagraphs: number;
    footnoteDefinitions: number;
    footnoteReferences: number;
    preambularLines: number[];
    operativeLines: number[];
    subparagraphLines: number[];
  };
  defects: Array<{ code: string; line: number; paragraph: string; text?: string; found?: string; precedent?: string }>;
  agreed: Array<{ paragraph: string; line: number; status: 'exact' | 'near' | 'partial'; source: string; kind: string; span?: string }>;
  new: Array<{ paragraph: string; line: number }>;
}

export function readLanguageFixture(id: string): { draft: string; precedent: string; expected: LanguageFixture } {
  const dir = path.join(ROOT, 'test/fixtures/languages', id);
  return {
    draft: fs.readFileSync(path.join(dir, 'draft.res.md'), 'utf8'),
    precedent: fs.readFileSync(path.join(dir, 'precedent.md'), 'utf8'),
    expected: JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')),
  };
}

