import { checkFootnotes } from '../../checks/footnotes';
import { messages } from '../../checks/messages';
import { DEFAULT_SEVERITIES } from '../codes';
import { ruleSummaries } from '../summaries';
import { defineRule, messageKeys } from '../defineRule';

/** One of the four footnote rules: `checkFootnotes` finds all four (it runs once for them). */
export const footnoteOrder = defineRule({
  code: 'footnote-order',
  defaultSeverity: DEFAULT_SEVERITIES['footnote-order'],
  languages: 'all',
  docs: {
    summary: ruleSummaries['footnote-order'],
    table: 'footnotes are first referenced in the order 1, 2, 3…',
  },
  messages: messageKeys(messages, 'footnoteOrder', 'footnoteGap'),
  check: { stage: 'structure', run: checkFootnotes },
});
