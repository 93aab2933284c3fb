/**
 * The syntax of suppression comments: `<!-- resolution-disable-next-line code, code -- reason -->`,
 * `<!-- resolution-disable … -->` … `<!-- resolution-enable -->`, and the plain-text form
 * `% resolution-…` at the start of a line. Reading and writing them; `suppression.ts` applies them.
 */
import type { Span } from '../model';
import { LineIndex } from '../text/lineIndex';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';
export type DirectiveStyle = 'html' | 'percent';

export interface SuppressionDirective {
  kind: DirectiveKind;
  /** The codes named; empty = every code. */
  codes: string[];
  reason?: string;
  style: DirectiveStyle;
  /** 0-based line of the directive. */
  line: number;
  /** The directive's text (trimmed line). */
  span: Span;
}

const DIRECTIVE = /^[ \t]*(?:<!--[ \t]*resolution-(disable-next-line|disable|enable)\b((?:(?!-->)[^\r\n])*)-->|%[ \t]*resolution-(disable-next-line|disable|enable)\b([^\r\n]*?))[ \t]*$/gm;

/** Every directive of a text, in order. Linear: the pattern only starts where a line does. */
export function parseDirectives(text: string): SuppressionDirective[] {
  if (!text.includes('resolution-')) return [];
  const out: SuppressionDirective[] = [];
  const lines = new LineIndex(text);
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    if (m[0] === '') {
      DIRECTIVE.lastIndex++;
      continue;
    }
    const style: DirectiveStyle = m[1] ? 'html' : 'percent';
    const kind = (m[1] ?? m[3]) as DirectiveKind;
    const rest = (m[2] ?? m[4] ?? '').trim();
    // ` -- reason` (or a rest that starts with `--`: a reason without codes).
    const cut = /(?:^|\s)--(?:\s|$)/.exec(rest);
    const codesText = cut ? rest.slice(0, cut.index) : rest;
    const reason = cut ? rest.slice(cut.index + cut[0].length).trim() : undefined;
    const codes = codesText.split(/[\s,]+/).filter(Boolean);
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const span = { start, end: m.index + m[0].trimEnd().length };
    out.push({ kind, codes, ...(reason ? { reason } : {}), style, line: lines.positionAt(start).line, span });
  }
  return out;
}

/** The directive text, in the form of the draft (`html` in Markdown, `percent` in plain text). */
export function directiveText(style: DirectiveStyle, kind: DirectiveKind, codes: string[], reason?: string): string {
  const body = `resolution-${kind}${codes.length ? ' ' + codes.join(', ') : ''}${reason ? ` -- ${reason}` : ''}`;
  return style === 'html' ? `<!-- ${body} -->` : `% ${body}`;
}

/**
 * The form a new directive takes in this text: the form its directives already use; else
 * `html` when the text is Markdown (`<sup>`, `##` headings, `**` emphasis, comments), `percent`
 * in plain text.
 */
export function directiveStyleOf(text: string, directives = parseDirectives(text)): DirectiveStyle {
  if (directives.length) return directives[directives.length - 1].style;
  return /<sup>|<!--|^#{1,6} |\*\*|\[\^\d+\]/m.test(text) ? 'html' : 'percent';
}

