/**
 * Citing a paragraph in the six languages: the short labels of the corpus (`OP 12`, `PP 3`,
 * `OP 70(a)(ii)`, `draft resolution II, OP 3`) written as each language's UN texts cite paragraphs,
 * the page of a PDF paragraph, and a whole agreed-language message.
 */
import * as assert from 'assert';
import { paragraphCitation } from '../../../server/src/service/features/agreements';
import { pageSuffix, paragraphLabel } from '../../../server/src/service/i18n/citations';
import { sourceMessage, type AgreedSource } from '../../../server/src/service/matching';

describe('citations in six languages', () => {
  it('writes paragraph labels out as UN texts in each language cite them', () => {
    const cases: Array<[string, Record<'fr' | 'es' | 'ru' | 'ar', string>]> = [
      ['OP 3', { fr: 'paragraphe 3 du dispositif', es: 'párrafo 3 de la parte dispositiva', ru: 'пункт 3 постановляющей части', ar: 'الفقرة 3 من المنطوق' }],
      ['PP 2', { fr: 'alinéa 2 du préambule', es: 'párrafo 2 del preámbulo', ru: 'пункт 2 преамбулы', ar: 'الفقرة 2 من الديباجة' }],
      [
        'OP 70(a)(ii)',
        { fr: 'paragraphe 70 a) ii) du dispositif', es: 'párrafo 70 a) ii) de la parte dispositiva', ru: 'пункт 70 a) ii) постановляющей части', ar: 'الفقرة 70 (أ) (ii) من المنطوق' },
      ],
      ['OP 4(e)', { fr: 'paragraphe 4 e) du dispositif', es: 'párrafo 4 e) de la parte dispositiva', ru: 'пункт 4 e) постановляющей части', ar: 'الفقرة 4 (هـ) من المنطوق' }],
      ['para. 12', { fr: 'paragraphe 12', es: 'párrafo 12', ru: 'пункт 12', ar: 'الفقرة 12' }],
      [
        'draft resolution II, OP 3',
        {
          fr: 'projet de résolution II, paragraphe 3 du dispositif',
          es: 'proyecto de resolución II, párrafo 3 de la parte dispositiva',
          ru: 'проект резолюции II, пункт 3 постановляющей части',
          ar: 'مشروع القرار الثاني، الفقرة 3 من المنطوق',
        },
      ],
      ['draft decision, PP 1', { fr: 'projet de décision, alinéa 1 du préambule', es: 'proyecto de decisión, párrafo 1 del preámbulo', ru: 'проект решения, пункт 1 преамбулы', ar: 'مشروع المقرر، الفقرة 1 من الديباجة' }],
    ];
    for (const [label, want] of cases) {
      for (const [locale, text] of Object.entries(want)) assert.strictEqual(paragraphLabel(locale as keyof typeof want, label), text, `${locale} ${label}`);
      // English keeps the short label; Chinese its Chinese form when the corpus has one.
      assert.strictEqual(paragraphLabel('en', label), label);
      assert.strictEqual(paragraphLabel('zh', label), label);
      assert.strictEqual(paragraphLabel('zh', label, '执行部分第 3 段'), '执行部分第 3 段');
    }
    // Anything else is left as written.
    assert.strictEqual(paragraphLabel('fr', 'annex, section II'), 'annex, section II');
  });

  it('names the page of a PDF paragraph in each language', () => {
    assert.deepStrictEqual(
      (['zh', 'en', 'fr', 'es', 'ru', 'ar'] as const).map((l) => pageSuffix(l, 5)),
      ['（第 5 页）', ' (p. 5)', ' (p.\u00a05)', ' (pág. 5)', ' (стр. 5)', ' (الصفحة 5)'],
    );
    assert.strictEqual(pageSuffix('ar', undefined), '');
  });

  it('cites a paragraph with symbol, label, page and date', () => {
    assert.strictEqual(paragraphCitation('en', 'A/RES/79/194', 'OP 12', '2024-12-19', 5), 'A/RES/79/194, OP 12 (p. 5) (2024-12-19)');
    assert.strictEqual(paragraphCitation('zh', 'A/RES/76/189', 'PP 3', '2021-12-17'), 'A/RES/76/189，PP 3（2021-12-17）');
    assert.strictEqual(paragraphCitation('fr', 'A/RES/76/189', 'PP 3', '2021-12-17'), 'A/RES/76/189, alinéa 3 du préambule (2021-12-17)');
    assert.strictEqual(paragraphCitation('ru', 'A/RES/79/194', 'OP 12', undefined, 5), 'A/RES/79/194, пункт 12 постановляющей части (стр. 5)');
    assert.strictEqual(paragraphCitation('ar', 'A/RES/76/189', 'PP 3', '2021-12-17'), 'A/RES/76/189، الفقرة 3 من الديباجة (2021-12-17)');
  });

  it('words an agreed-language finding in each language', () => {
    const src: AgreedSource = {
      symbol: 'A/RES/76/189',
      paragraph: 'OP 30',
      paragraphText: { zh: '执行部分第 30 段', en: 'OP 30' },
      citation: { zh: 'A/RES/76/189', en: 'A/RES/76/189' },
      date: '2021-12-17',
      similarity: 0.9,
      text: '',
      changes: [{ kind: 'added', to: 'inclusive' }],
      docId: 'x',
      paragraphIndex: 0,
    };
    assert.strictEqual(sourceMessage('fr', 'exact', { ...src, changes: [] }, 2), 'Libellé convenu\u00a0: A/RES/76/189, paragraphe 30 du dispositif (2021) (et 2 autres sources)');
    assert.strictEqual(sourceMessage('es', 'near', src, 0), 'Se aparta del lenguaje convenido (A/RES/76/189, párrafo 30 de la parte dispositiva, 2021): se añade “inclusive”');
    assert.strictEqual(sourceMessage('ru', 'partial', src, 5), 'Частично повторяет согласованную формулировку из A/RES/76/189, пункт 30 постановляющей части (2021): добавлено «inclusive» (и ещё 5 источников)');
    assert.strictEqual(sourceMessage('ar', 'exact', { ...src, changes: [] }, 1), 'صيغة متفق عليها: A/RES/76/189، الفقرة 30 من المنطوق (2021) (ومصدر آخر)');
  });
});
