import { matchingMessages } from '../../matching/messages';
import { DEFAULT_SEVERITIES } from '../codes';
import { ruleSummaries } from '../summaries';
import { defineRule, messageKeys } from '../defineRule';
import { agreedTextActions } from './agreedText';
import { markNegotiatedFix } from './fix';

/** Found by the agreed-language index (`corpus.index.diagnostics`) when a corpus is loaded. */
export const agreedLanguageDeviation = defineRule({
  code: 'agreed-language-deviation',
  defaultSeverity: DEFAULT_SEVERITIES['agreed-language-deviation'],
  languages: 'all',
  docs: {
    summary: ruleSummaries['agreed-language-deviation'],
    table: 'the paragraph is near agreed language; the message names what changed and `data.sources[].changes` lists it',
  },
  messages: messageKeys(matchingMessages, 'near', 'nearNoYear', 'changed', 'added', 'removed', 'verb', 'verbOnly', 'moreChanges'),
  check: { stage: 'agreed-language' },
  fix: markNegotiatedFix,
  rangeFix: { actions: agreedTextActions, afterDiagnosticFixes: true },
});
