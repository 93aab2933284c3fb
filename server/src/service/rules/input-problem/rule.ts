import { checkProblems } from '../../checks/problems';
import { messages, problemMessages } from '../../checks/messages';
import { defineRule, messageKeys } from '../defineRule';

/** The parser's problems (`doc.problems`); the size-limit note of `sizeLimit.ts` carries this code too. */
export const inputProblem = defineRule({
  code: 'input-problem',
  defaultSeverity: 2,
  languages: 'all',
  docs: {
    summary: {
      zh: '文本中有解析器无法处理的问题（如 <sup> 未闭合）',
      en: 'The text has a problem the parser cannot resolve (e.g. an unterminated <sup>)',
    },
    table: 'the text has a problem the parser works around (unterminated `<sup>`, text read in the wrong encoding, binary content)',
  },
  messages: [...messageKeys(messages, 'inputProblem'), ...Object.keys(problemMessages)],
  check: { stage: 'structure', run: checkProblems },
});
