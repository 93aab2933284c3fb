import { checkNumbering } from '../../checks/numbering';
import { messages } from '../../checks/messages';
import { defineRule, messageKeys } from '../defineRule';

export const paragraphNumbering = defineRule({
  code: 'paragraph-numbering',
  defaultSeverity: 1,
  languages: 'all',
  docs: {
    summary: {
      zh: '执行段落（及其分段 (a)、(i)、㈠）的编号须从 1 起连续、不重复、不颠倒',
      en: 'Operative paragraphs (and sub-paragraphs (a), (i), ㈠) are numbered from 1 with no gap, repeat or inversion',
    },
    table:
      'operative paragraphs, sub-paragraphs `(a)`, `(i)`, `㈠` and report paragraphs run 1, 2, 3… with no gap, repeat or inversion; one slip is reported once (a typo, or the run of paragraphs a gap or a duplicate shifted)',
  },
  messages: messageKeys(messages, 'numberingTypo', 'numberingMissingOne', 'numberingMissingTwo', 'numberingMissingMany', 'numberingGap', 'numberingGapRun', 'numberingDuplicate', 'numberingDuplicateRun', 'numberingOrder', 'numberingShift'),
  check: { stage: 'structure', run: checkNumbering },
});
