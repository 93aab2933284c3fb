import { checkFootnotes } from '../../checks/footnotes';
import { messages } from '../../checks/messages';
import { defineRule, messageKeys } from '../defineRule';

/** One of the four footnote rules: `checkFootnotes` finds all four (it runs once for them). */
export const footnoteDuplicate = defineRule({
  code: 'footnote-duplicate',
  defaultSeverity: 1,
  languages: 'all',
  docs: {
    summary: { zh: '同一编号的脚注正文出现两次', en: 'Two footnote texts carry the same number' },
    table: 'two footnote texts carry the same number',
  },
  messages: messageKeys(messages, 'footnoteDuplicate'),
  check: { stage: 'structure', run: checkFootnotes },
});
