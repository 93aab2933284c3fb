import { messages } from '../../checks/messages';
import { checkPunctuation } from '../../checks/punctuation';
import { DEFAULT_SEVERITIES } from '../codes';
import { ruleSummaries } from '../summaries';
import { defineRule, messageKeys } from '../defineRule';
import { punctuationFix } from './fix';

export const paragraphPunctuation = defineRule({
  code: 'paragraph-punctuation',
  defaultSeverity: DEFAULT_SEVERITIES['paragraph-punctuation'],
  languages: 'all',
  docs: {
    summary: ruleSummaries['paragraph-punctuation'],
    table:
      'the mark a paragraph\'s place requires: preambular `，` / `,`, operative `；` / `;`, the last `。` / `.`, a chapeau before sub-paragraphs `：` / `:` (a half-width mark in Chinese text is a finding)',
  },
  messages: messageKeys(messages, 'punctuationWrong', 'punctuationHalfWidth', 'punctuationFullWidth', 'punctuationMissing', 'roleLastOperative', 'roleChapeau', 'roleLastSub', 'roleLastPreambularSub'),
  check: { stage: 'structure', run: checkPunctuation },
  fix: punctuationFix,
});
