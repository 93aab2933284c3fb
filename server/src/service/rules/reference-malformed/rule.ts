import { referenceMessages } from '../../references/messages';
import { DEFAULT_SEVERITIES } from '../codes';
import { ruleSummaries } from '../summaries';
import { defineRule, messageKeys } from '../defineRule';

/** Found by `references/check.ts` (`checkReferences`), run by the language service's references stage. */
export const referenceMalformed = defineRule({
  code: 'reference-malformed',
  defaultSeverity: DEFAULT_SEVERITIES['reference-malformed'],
  languages: 'all',
  docs: {
    summary: ruleSummaries['reference-malformed'],
    table: 'a document symbol or resolution citation cannot be parsed (`A//80/62`, `A/RES/80/`, `第 79/ 号决议`)',
  },
  messages: messageKeys(referenceMessages, 'symbol-empty-component', 'symbol-trailing-slash', 'symbol-missing-number', 'symbol-bad-component', 'symbol-empty-part', 'number-first-empty', 'number-second-empty', 'number-empty', 'number-extra-component', 'number-missing', 'date-invalid'),
  check: { stage: 'references' },
});
