import { referenceMessages } from '../../references/messages';
import { defineRule, messageKeys } from '../defineRule';

/** Found by `references/check.ts` (`checkReferences`) against the corpus's reference table. */
export const referenceInconsistent = defineRule({
  code: 'reference-inconsistent',
  defaultSeverity: 2,
  languages: 'all',
  docs: {
    summary: {
      zh: '所引决议的日期或标题与先例文本不一致',
      en: 'The date or title given for a cited resolution disagrees with the precedent texts',
    },
    table:
      'the date or title given for a resolution disagrees with the precedent texts (`2016 年 9 月 25 日第 70/1 号决议`: they all say 2015-09-25)',
  },
  messages: messageKeys(referenceMessages, 'inconsistent-date', 'inconsistent-date-mixed', 'inconsistent-title'),
  check: { stage: 'reference-table' },
});
