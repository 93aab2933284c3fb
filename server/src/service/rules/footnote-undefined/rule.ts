import { checkFootnotes } from '../../checks/footnotes';
import { messages } from '../../checks/messages';
import { DEFAULT_SEVERITIES } from '../codes';
import { ruleSummaries } from '../summaries';
import { defineRule, messageKeys } from '../defineRule';
import { addFootnoteActions } from './fix';

/** One of the four footnote rules: `checkFootnotes` finds all four (it runs once for them). */
export const footnoteUndefined = defineRule({
  code: 'footnote-undefined',
  defaultSeverity: DEFAULT_SEVERITIES['footnote-undefined'],
  languages: 'all',
  docs: {
    summary: ruleSummaries['footnote-undefined'],
    table: 'a footnote is referenced but has no footnote text',
  },
  messages: messageKeys(messages, 'footnoteUndefined'),
  check: { stage: 'structure', run: checkFootnotes },
  rangeFix: { actions: addFootnoteActions },
});
