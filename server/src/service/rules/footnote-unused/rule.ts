import { checkFootnotes } from '../../checks/footnotes';
import { messages } from '../../checks/messages';
import { DEFAULT_SEVERITIES } from '../codes';
import { ruleSummaries } from '../summaries';
import { defineRule, messageKeys } from '../defineRule';
import { removeFootnoteActions } from './fix';

/** One of the four footnote rules: `checkFootnotes` finds all four (it runs once for them). */
export const footnoteUnused = defineRule({
  code: 'footnote-unused',
  defaultSeverity: DEFAULT_SEVERITIES['footnote-unused'],
  languages: 'all',
  docs: {
    summary: ruleSummaries['footnote-unused'],
    table: 'a footnote text is never referenced',
  },
  messages: messageKeys(messages, 'footnoteUnused'),
  check: { stage: 'structure', run: checkFootnotes },
  rangeFix: { actions: removeFootnoteActions },
});
