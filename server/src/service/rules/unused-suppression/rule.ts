import { DEFAULT_SEVERITIES } from '../codes';
import { ruleSummaries } from '../summaries';
import { defineRule, messageKeys } from '../defineRule';
import { ruleMessages } from '../messages';

/** Reported by `suppression.ts` on a suppression comment that suppressed nothing. */
export const unusedSuppression = defineRule({
  code: 'unused-suppression',
  defaultSeverity: DEFAULT_SEVERITIES['unused-suppression'],
  languages: 'all',
  docs: {
    summary: ruleSummaries['unused-suppression'],
    table:
      'a `resolution-disable…` comment no longer suppresses anything (the text was fixed, or the code is misspelt); only reported when every check it names has run',
  },
  messages: messageKeys(ruleMessages, 'unusedSuppression', 'unusedSuppressionAll', 'unknownRuleInSuppression', 'enableWithoutDisable'),
  check: { stage: 'suppression' },
});
