import { messages } from '../../checks/messages';
import { checkPunctuation } from '../../checks/punctuation';
import { defineRule, messageKeys } from '../defineRule';
import { punctuationFix } from './fix';

export const paragraphPunctuation = defineRule({
  code: 'paragraph-punctuation',
  defaultSeverity: 2,
  languages: 'all',
  docs: {
    summary: {
      zh: '段落须以其位置要求的标点结尾：序言段“，”、执行段“；”、最后一段“。”、引出分段的引语“：”',
      en: 'A paragraph ends with the mark its place requires: preambular “,”, operative “;”, last “.”, chapeau “:”',
    },
    table:
      'the mark a paragraph\'s place requires: preambular `，` / `,`, operative `；` / `;`, the last `。` / `.`, a chapeau before sub-paragraphs `：` / `:` (a half-width mark in Chinese text is a finding)',
  },
  messages: messageKeys(messages, 'punctuationWrong', 'punctuationHalfWidth', 'punctuationFullWidth', 'punctuationMissing', 'roleLastOperative', 'roleChapeau', 'roleLastSub', 'roleLastPreambularSub'),
  check: { stage: 'structure', run: checkPunctuation },
  fix: punctuationFix,
});
