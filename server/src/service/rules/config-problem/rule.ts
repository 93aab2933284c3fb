import { defineRule, messageKeys } from '../defineRule';
import { ruleMessages } from '../messages';

/** Reported on `.resolutionrc.json` / `resolution.config.json` by `config/projectConfig.ts`. */
export const configProblem = defineRule({
  code: 'config-problem',
  defaultSeverity: 2,
  languages: 'all',
  docs: {
    summary: {
      zh: '项目配置文件有误（无效的 JSON、类型错误、未知的检查代码）；有误之处使用默认设置',
      en: 'The project configuration file has a mistake (invalid JSON, a wrong type, an unknown rule); the defaults are used there',
    },
    table:
      'the project configuration file (`.resolutionrc.json`, `resolution.config.json`) has invalid JSON, a value of the wrong type or an unknown rule code; the defaults are used for what is wrong',
  },
  messages: messageKeys(ruleMessages, 'configInvalidJson', 'configNotObject', 'configUnknownKey', 'configUnknownRule', 'configWrongType', 'configUntrustedCorpus'),
  check: { stage: 'configuration' },
});
