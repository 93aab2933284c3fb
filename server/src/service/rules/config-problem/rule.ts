import { DEFAULT_SEVERITIES } from '../codes';
import { ruleSummaries } from '../summaries';
import { defineRule, messageKeys } from '../defineRule';
import { ruleMessages } from '../messages';

/** Reported on `.resolutionrc.json` / `resolution.config.json` by `config/projectConfig.ts`. */
export const configProblem = defineRule({
  code: 'config-problem',
  defaultSeverity: DEFAULT_SEVERITIES['config-problem'],
  languages: 'all',
  docs: {
    summary: ruleSummaries['config-problem'],
    table:
      'the project configuration file (`.resolutionrc.json`, `resolution.config.json`) has invalid JSON, a value of the wrong type or an unknown rule code; the defaults are used for what is wrong',
  },
  messages: messageKeys(ruleMessages, 'configInvalidJson', 'configNotObject', 'configUnknownKey', 'configUnknownRule', 'configWrongType', 'configUntrustedCorpus'),
  check: { stage: 'configuration' },
});
