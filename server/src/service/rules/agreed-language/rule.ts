import { matchingMessages } from '../../matching/messages';
import { defineRule, messageKeys } from '../defineRule';

/** Found by the agreed-language index (`corpus.index.diagnostics`) when a corpus is loaded. */
export const agreedLanguage = defineRule({
  code: 'agreed-language',
  defaultSeverity: 3,
  languages: 'all',
  docs: {
    summary: {
      zh: '段落是先前文本中的商定语言（注明出处）',
      en: 'The paragraph is agreed language from an earlier text (source given)',
    },
    table: 'the paragraph (or a clause of it) is agreed language; `data.sources` lists every source, best first',
  },
  messages: messageKeys(matchingMessages, 'exact', 'exactNoYear', 'partial', 'partialNoYear', 'more'),
  check: { stage: 'agreed-language' },
});
