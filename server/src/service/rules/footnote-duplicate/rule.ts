import { checkFootnotes } from '../../checks/footnotes';
import { messages } from '../../checks/messages';
import { DEFAULT_SEVERITIES } from '../codes';
import { ruleSummaries } from '../summaries';
import { defineRule, messageKeys } from '../defineRule';

/** One of the four footnote rules: `checkFootnotes` finds all four (it runs once for them). */
export const footnoteDuplicate = defineRule({
  code: 'footnote-duplicate',
  defaultSeverity: DEFAULT_SEVERITIES['footnote-duplicate'],
  languages: 'all',
  docs: {
    summary: ruleSummaries['footnote-duplicate'],
    table: 'two footnote texts carry the same number',
  },
  messages: messageKeys(messages, 'footnoteDuplicate'),
  check: { stage: 'structure', run: checkFootnotes },
});
