import { checkFootnotes } from '../../checks/footnotes';
import { messages } from '../../checks/messages';
import { defineRule, messageKeys } from '../defineRule';

/** One of the four footnote rules: `checkFootnotes` finds all four (it runs once for them). */
export const footnoteUnused = defineRule({
  code: 'footnote-unused',
  defaultSeverity: 2,
  languages: 'all',
  docs: {
    summary: { zh: '有脚注正文，但正文中没有引用', en: 'A footnote text is never referenced' },
    table: 'a footnote text is never referenced',
  },
  messages: messageKeys(messages, 'footnoteUnused'),
  check: { stage: 'structure', run: checkFootnotes },
});
