/**
 * Lines the parser skips as if blank: a Markdown/HTML comment alone on its line (`<!-- … -->`,
 * invisible in rendered Markdown) and the plain-text suppression directive of `.txt` drafts
 * (`% resolution-disable-next-line …`; `%` followed by `resolution-disable` or `resolution-enable`
 * cannot begin a line of a real resolution). See rules/suppression.ts for what the directives do.
 */

const PERCENT_DIRECTIVE = /^%[ \t]*resolution-(?:disable|enable)\b/;

/** Whether the trimmed line `text.slice(ts, te)` is a comment or a suppression directive. */
export function isCommentLine(text: string, ts: number, te: number): boolean {
  const first = text.charCodeAt(ts);
  if (first === 0x3c /* < */) {
    return te - ts >= 7 && text.startsWith('<!--', ts) && text.startsWith('-->', te - 3) && text.indexOf('-->', ts + 4) === te - 3;
  }
  if (first === 0x25 /* % */) return PERCENT_DIRECTIVE.test(text.slice(ts, Math.min(te, ts + 40)));
  return false;
}
