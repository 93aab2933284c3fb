/** Structure checks ask the profile: paragraph endings and sub-paragraph letters of the Arabic and Russian texts (issue 9). */
import * as assert from 'assert';
import { checkStructure } from '../../../server/src/service/checks';
import { defaultSettings } from '../../../server/src/service/options';
import { parseDocument } from '../../../server/src/service/parser';

function findings(text: string) {
  const doc = parseDocument(text);
  const diags = checkStructure(doc, defaultSettings('en'));
  return diags.map((d) => ({ code: d.code, at: text.slice(d.span!.start, d.span!.end), data: d.data as Record<string, unknown> }));
}

const AR_OK = `إن الجمعية العامة،

إذ تشير إلى القرار 70/1،

1 - تقرر مواصلة النظر في المسألة؛

2 - تطلب إلى الأمين العام ما يلي:

(أ) أن يقدم تقريرا؛

(ب) أن يعقد اجتماعا.
`;

describe('language: structure checks in Arabic and Russian', () => {
  it('a well-formed Arabic draft draws nothing: ، ؛ . and (أ) (ب) are what its places require', () => {
    assert.deepStrictEqual(findings(AR_OK), []);
  });

  it('Arabic: a Latin semicolon where ؛ goes is a finding, expecting ؛', () => {
    const f = findings(AR_OK.replace('المسألة؛', 'المسألة;'));
    assert.deepStrictEqual(f.map((x) => [x.code, x.at, x.data.expected, x.data.found]), [['paragraph-punctuation', ';', '؛', ';']]);
  });

  it('Arabic: a skipped sub-paragraph letter is one finding whose fix writes the Arabic letter', () => {
    const f = findings(AR_OK.replace('(ب) أن يعقد', '(ج) أن يعقد'));
    assert.strictEqual(f.length, 1, JSON.stringify(f));
    assert.strictEqual(f[0].code, 'paragraph-numbering');
    assert.strictEqual(f[0].data.expectedText, '(ب)');
  });

  it('Arabic: operative numbers `1 -` run without gaps', () => {
    const f = findings(AR_OK.replace('2 - تطلب', '3 - تطلب'));
    assert.deepStrictEqual(f.map((x) => [x.code, x.data.expectedText]), [['paragraph-numbering', '2 -']]);
  });

  it('Russian: paragraphs opening in lower case are read, and their endings checked', () => {
    const ru = 'Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 70/1,\n\nотмечая также доклад,\n\n1. постановляет продолжить рассмотрение;\n\n2. просит Генерального секретаря представить доклад,\n';
    const doc = parseDocument(ru);
    const r = doc.resolutions[0];
    assert.deepStrictEqual([r.preambular.length, r.operative.length], [2, 2]);
    assert.deepStrictEqual(r.operative.map((p) => p.verb?.verb), ['постановляет', 'просит']);
    const f = findings(ru);
    assert.deepStrictEqual(f.map((x) => [x.code, x.data.expected, x.data.found]), [['paragraph-punctuation', '.', ',']]);
  });

  it('French: ; and : take a space before them; a mark with none is a finding expecting the no-break space', () => {
    const fr = "L'Assemblée générale,\n\nRappelant sa résolution 70/1,\n\n1. Décide de poursuivre l'examen\u00a0;\n\n2. Prie le Secrétaire général de présenter un rapport.\n";
    assert.deepStrictEqual(findings(fr), []);
    const f = findings(fr.replace('examen\u00a0;', 'examen;'));
    assert.deepStrictEqual(f.map((x) => [x.code, x.at, x.data.expected, x.data.found]), [['paragraph-punctuation', ';', '\u00a0;', ';']]);
  });
});
