import { referenceMessages } from '../../references/messages';
import { defineRule, messageKeys } from '../defineRule';

/** Found by `references/check.ts` (`checkReferences`), run by the language service's references stage. */
export const referenceMalformed = defineRule({
  code: 'reference-malformed',
  defaultSeverity: 1,
  languages: 'all',
  docs: {
    summary: {
      zh: '文件编号或决议引用无法解析（如 A//80/62）',
      en: 'A document symbol or resolution citation cannot be parsed (e.g. A//80/62)',
    },
    table: 'a document symbol or resolution citation cannot be parsed (`A//80/62`, `A/RES/80/`, `第 79/ 号决议`)',
  },
  messages: messageKeys(referenceMessages, 'symbol-empty-component', 'symbol-trailing-slash', 'symbol-missing-number', 'symbol-bad-component', 'symbol-empty-part', 'number-first-empty', 'number-second-empty', 'number-empty', 'number-extra-component', 'number-missing', 'date-invalid'),
  check: { stage: 'references' },
});
