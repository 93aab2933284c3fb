import { matchingMessages } from '../../matching/messages';
import { DEFAULT_SEVERITIES } from '../codes';
import { ruleSummaries } from '../summaries';
import { defineRule, messageKeys } from '../defineRule';

/** Found by the agreed-language index (`corpus.index.diagnostics`) when a corpus is loaded. */
export const agreedLanguage = defineRule({
  code: 'agreed-language',
  defaultSeverity: DEFAULT_SEVERITIES['agreed-language'],
  languages: 'all',
  docs: {
    summary: ruleSummaries['agreed-language'],
    table: 'the paragraph (or a clause of it) is agreed language; `data.sources` lists every source, best first',
  },
  messages: messageKeys(matchingMessages, 'exact', 'exactNoYear', 'partial', 'partialNoYear', 'more'),
  check: { stage: 'agreed-language' },
});
