/**
 * Messages of the rule machinery: suppression comments, the project configuration file and the
 * quick fix that marks a deviation as negotiated. The checks' own messages stay in their tables.
 */
import type { Messages } from '../i18n';

export const ruleMessages = {
  unusedSuppression: {
    zh: '此停用注释没有停用任何问题（{codes}），可以删除',
    en: 'This suppression comment suppresses nothing ({codes}); it can be removed',
  },
  unusedSuppressionAll: { zh: '所有检查', en: 'all checks' },
  unknownRuleInSuppression: {
    zh: '停用注释中的“{code}”不是检查代码',
    en: '“{code}” in this suppression comment is not a rule code',
  },
  enableWithoutDisable: {
    zh: '此 resolution-enable 之前没有对应的 resolution-disable',
    en: 'This resolution-enable has no resolution-disable before it',
  },
  markNegotiated: { zh: '标为已协商的偏离（停用下一行的此项提示）', en: 'Mark this deviation as negotiated' },
  negotiatedReason: { zh: '已协商：（填写理由）', en: 'negotiated: (give the reason)' },

  configInvalidJson: {
    zh: '配置文件不是有效的 JSON（{reason}），全部使用默认设置',
    en: 'The configuration file is not valid JSON ({reason}); the defaults are used',
  },
  configNotObject: { zh: '配置文件应是一个 JSON 对象，全部使用默认设置', en: 'The configuration file should be a JSON object; the defaults are used' },
  configUnknownKey: { zh: '未知的配置项“{key}”，已忽略', en: 'Unknown setting “{key}”; ignored' },
  configUnknownRule: { zh: '未知的检查代码“{code}”，已忽略', en: 'Unknown rule code “{code}”; ignored' },
  configWrongType: { zh: '“{key}”应为{expected}，已使用默认值', en: '“{key}” should be {expected}; the default is used' },
  configUntrustedCorpus: {
    zh: '工作区不受信任：配置文件中的语料库文件夹未被读取',
    en: 'The workspace is not trusted: the corpus folders of this configuration file are not read',
  },
  /** The CLI's warning line for a mistake in a configuration file. */
  configWarning: { zh: '配置文件 {path}:{line}:{column}：{message}', en: 'configuration {path}:{line}:{column}: {message}' },
  expectedSeverity: { zh: 'error、warning、information、hint 或 off 之一', en: 'one of error, warning, information, hint or off' },
  expectedBoolean: { zh: 'true 或 false', en: 'true or false' },
  expectedNumber: { zh: '{min} 至 {max} 之间的数', en: 'a number from {min} to {max}' },
  expectedStringList: { zh: '字符串数组', en: 'an array of strings' },
  expectedLocale: { zh: '“zh”或“en”', en: '“zh” or “en”' },
  expectedObject: { zh: '对象', en: 'an object' },
} satisfies Messages;
