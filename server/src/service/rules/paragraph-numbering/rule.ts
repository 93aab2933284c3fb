import { checkNumbering } from '../../checks/numbering';
import { messages } from '../../checks/messages';
import { DEFAULT_SEVERITIES } from '../codes';
import { ruleSummaries } from '../summaries';
import { defineRule, messageKeys } from '../defineRule';
import { renumberActions } from './fix';

export const paragraphNumbering = defineRule({
  code: 'paragraph-numbering',
  defaultSeverity: DEFAULT_SEVERITIES['paragraph-numbering'],
  languages: 'all',
  docs: {
    summary: ruleSummaries['paragraph-numbering'],
    table:
      'operative paragraphs, sub-paragraphs `(a)`, `(i)`, `㈠` and report paragraphs run 1, 2, 3… with no gap, repeat or inversion; one slip is reported once (a typo, or the run of paragraphs a gap or a duplicate shifted)',
  },
  messages: messageKeys(messages, 'numberingTypo', 'numberingMissingOne', 'numberingMissingTwo', 'numberingMissingMany', 'numberingGap', 'numberingGapRun', 'numberingDuplicate', 'numberingDuplicateRun', 'numberingOrder', 'numberingShift'),
  check: { stage: 'structure', run: checkNumbering },
  rangeFix: { actions: renumberActions },
});
