import { matchingMessages } from '../../matching/messages';
import { defineRule, messageKeys } from '../defineRule';
import { markNegotiatedFix } from './fix';

/** Found by the agreed-language index (`corpus.index.diagnostics`) when a corpus is loaded. */
export const agreedLanguageDeviation = defineRule({
  code: 'agreed-language-deviation',
  defaultSeverity: 2,
  languages: 'all',
  docs: {
    summary: {
      zh: '段落偏离了商定语言（增、删或改动了措辞）',
      en: 'The paragraph deviates from agreed language (words added, dropped or changed)',
    },
    table: 'the paragraph is near agreed language; the message names what changed and `data.sources[].changes` lists it',
  },
  messages: messageKeys(matchingMessages, 'near', 'nearNoYear', 'changed', 'added', 'removed', 'verb', 'verbOnly', 'moreChanges'),
  check: { stage: 'agreed-language' },
  fix: markNegotiatedFix,
});
