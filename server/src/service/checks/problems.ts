/** `input-problem`: what the parser could not make sense of (`doc.problems`), in words. */
import type { CheckContext } from './context';
import { messages, problemMessages } from './messages';

export function checkProblems(ctx: CheckContext): void {
  if (!ctx.enabled('input-problem')) return;
  for (const problem of ctx.doc.problems) {
    const known = problemMessages[problem.code];
    const args: Record<string, string | number> = { code: problem.code, ...(problem.detail ?? {}) };
    const message = known ? ctx.msg(known, args) : ctx.msg(messages.inputProblem, args);
    ctx.report('input-problem', problem.span, message, { problem: problem.code, ...(problem.detail ? { detail: problem.detail } : {}) }, problem.range);
  }
}
