import { checkProblems } from '../../checks/problems';
import { messages, problemMessages } from '../../checks/messages';
import { DEFAULT_SEVERITIES } from '../codes';
import { ruleSummaries } from '../summaries';
import { defineRule, messageKeys } from '../defineRule';

/** The parser's problems (`doc.problems`); the size-limit note of `sizeLimit.ts` carries this code too. */
export const inputProblem = defineRule({
  code: 'input-problem',
  defaultSeverity: DEFAULT_SEVERITIES['input-problem'],
  languages: 'all',
  docs: {
    summary: ruleSummaries['input-problem'],
    table: 'the text has a problem the parser works around (unterminated `<sup>`, text read in the wrong encoding, binary content)',
  },
  messages: [...messageKeys(messages, 'inputProblem'), ...Object.keys(problemMessages)],
  check: { stage: 'structure', run: checkProblems },
});
