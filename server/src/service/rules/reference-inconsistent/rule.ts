import { referenceMessages } from '../../references/messages';
import { DEFAULT_SEVERITIES } from '../codes';
import { ruleSummaries } from '../summaries';
import { defineRule, messageKeys } from '../defineRule';

/** Found by `references/check.ts` (`checkReferences`) against the corpus's reference table. */
export const referenceInconsistent = defineRule({
  code: 'reference-inconsistent',
  defaultSeverity: DEFAULT_SEVERITIES['reference-inconsistent'],
  languages: 'all',
  docs: {
    summary: ruleSummaries['reference-inconsistent'],
    table:
      'the date or title given for a resolution disagrees with the precedent texts (`2016 年 9 月 25 日第 70/1 号决议`: they all say 2015-09-25)',
  },
  messages: messageKeys(referenceMessages, 'inconsistent-date', 'inconsistent-date-mixed', 'inconsistent-title'),
  check: { stage: 'reference-table' },
});
