/**
 * `paragraph-punctuation`: how each paragraph must end.
 *
 * Chinese / English:
 * - acting organ line (`大会，`): `，` / `,`
 * - preambular paragraph: `，` / `,`
 * - operative paragraph: `；` / `;`, the last one `。` / `.`
 * - a chapeau introducing sub-paragraphs: `：` / `:`
 * - sub-paragraphs: `；` / `;`; the last sub-paragraph takes what its parent
 *   would have ended with (`。` under the last OP, `，` under a PP, else `；`).
 *
 * In Chinese text a half-width mark where a full-width one is expected is a
 * finding (and the reverse in English); footnote markers after the mark
 * (`，<sup>5</sup>`, `；²⁰`) are not part of the ending: the parser gives the
 * last meaningful character in `endPunctuation`.
 */
import { getProfile } from '../language';
import type { LanguageId, Paragraph, Resolution, Span } from '../model';
import { capitalise, type CheckContext } from './context';
import { messages } from './messages';
import { paragraphName } from './names';

export type Ending = 'comma' | 'semicolon' | 'period' | 'colon';

/** The marks of a language's paragraph ends, from its profile (`，` `；` `。` `：`; `,` `;` `.` `:`; `،` `؛` `.` `:`). */
function marksOf(language: LanguageId): Record<Ending, string> {
  const e = getProfile(language).endings;
  return { comma: e.preambular, semicolon: e.operative, period: e.last, colon: e.chapeau };
}

/** Counterparts in another width or script: full-width ↔ half-width, Arabic ↔ Latin comma and semicolon. */
const COUNTERPART: Record<string, string> = {
  '，': ',', ',': '，',
  '；': ';', ';': '；',
  '。': '.', '.': '。', '．': '.',
  '：': ':', ':': '：',
  '،': ',', '؛': ';',
};

/** Whether `found` is `expected` in the other script's form (`,` for `،`), not in another width. */
function isScriptCounterpart(found: string, expected: string): boolean {
  return COUNTERPART[expected] === found && (expected === '،' || expected === '؛' || found === '،' || found === '؛');
}

/** Why a paragraph must end the way it must; shown after the message. */
export type EndingRole = 'preambular' | 'operative' | 'lastOperative' | 'chapeau' | 'subparagraph' | 'lastSubparagraph' | 'lastPreambularSub' | 'organ';

/** `data` of a paragraph-punctuation diagnostic. The range covers the closing mark (or the last character when there is none). */
export interface PunctuationData {
  expected: string;
  /** The closing mark found, "" when the paragraph ends without one. */
  found: string;
  role: EndingRole;
}

export function checkPunctuation(ctx: CheckContext): void {
  if (!ctx.enabled('paragraph-punctuation')) return;
  for (const res of ctx.doc.resolutions) {
    checkOrgan(ctx, res);
    for (const pp of res.preambular) {
      checkParagraph(ctx, res, pp, [], 'comma', 'preambular');
    }
    res.operative.forEach((op, i) => {
      const last = i === res.operative.length - 1;
      checkParagraph(ctx, res, op, [], last ? 'period' : 'semicolon', last ? 'lastOperative' : 'operative');
    });
  }
}

/**
 * Checks a paragraph that as a whole should end with `ending`: without
 * sub-paragraphs it ends so itself; with them, its chapeau ends with a colon,
 * sub-paragraphs with semicolons and the last sub-paragraph with `ending`.
 */
function checkParagraph(
  ctx: CheckContext,
  res: Resolution,
  p: Paragraph,
  ancestors: Paragraph[],
  ending: Ending,
  role: EndingRole,
): void {
  if (p.subparagraphs.length === 0) {
    expectEnding(ctx, res, p, ancestors, ending, role);
    return;
  }
  expectEnding(ctx, res, p, ancestors, 'colon', 'chapeau');
  const chain = [...ancestors, p];
  p.subparagraphs.forEach((sub, i) => {
    const last = i === p.subparagraphs.length - 1;
    if (!last || ending === 'semicolon') {
      checkParagraph(ctx, res, sub, chain, 'semicolon', 'subparagraph');
    } else {
      checkParagraph(ctx, res, sub, chain, ending, ending === 'period' ? 'lastSubparagraph' : 'lastPreambularSub');
    }
  });
}

function expectEnding(
  ctx: CheckContext,
  res: Resolution,
  p: Paragraph,
  ancestors: Paragraph[],
  ending: Ending,
  role: EndingRole,
): void {
  const expected = marksOf(ctx.doc.language)[ending];
  const found = p.endPunctuation.char;
  if (found === expected) {
    checkSpaceBefore(ctx, res, p, ancestors, found, role);
    return;
  }
  const name = paragraphName(ctx.locale, res, p, ancestors);
  const span = (found ? undefined : lastCharSpan(p)) ?? p.endPunctuation.span;
  report(ctx, span, name, expected, found, role);
}

/**
 * French puts a (no-break) space before `;` and `:`: a mark with none before it is a finding, expecting the
 * mark with the language's first space before it (the quick fix writes both).
 */
function checkSpaceBefore(ctx: CheckContext, res: Resolution, p: Paragraph, ancestors: Paragraph[], mark: string, role: EndingRole): void {
  const rule = getProfile(ctx.doc.language).spaceBefore;
  if (!rule || !rule.marks.includes(mark)) return;
  const at = p.endPunctuation.span.start;
  const before = ctx.doc.text[at - 1];
  if (before === undefined || /\s/.test(before) || rule.spaces.includes(before)) return;
  const name = paragraphName(ctx.locale, res, p, ancestors);
  report(ctx, p.endPunctuation.span, name, rule.spaces[0] + mark, mark, role);
}

function checkOrgan(ctx: CheckContext, res: Resolution): void {
  const organ = res.organ;
  if (!organ) return;
  const text = organ.text.replace(/\s+$/, '');
  if (!text) return;
  const expected = marksOf(ctx.doc.language).comma;
  const lastChar = text[text.length - 1];
  if (lastChar === expected) return;
  const isMark = lastChar in COUNTERPART || '。！？!?、'.includes(lastChar);
  const offset = organ.span.start + text.length - 1;
  const name = ctx.msg(messages.organLine, { text: text.trim() });
  report(ctx, { start: offset, end: offset + 1 }, name, expected, isMark ? lastChar : '', 'organ');
}

function report(ctx: CheckContext, span: Span, name: string, expected: string, found: string, role: EndingRole): void {
  let message: string;
  const args = { name, Name: capitalise(name), expected, found };
  if (!found) message = ctx.msg(messages.punctuationMissing, args);
  else if (!isScriptCounterpart(found, expected) && (COUNTERPART[found] === expected || (found === '．' && expected === '。'))) {
    message = ctx.msg(isFullWidth(expected) ? messages.punctuationHalfWidth : messages.punctuationFullWidth, args);
  }
  else message = ctx.msg(messages.punctuationWrong, args);
  message += roleNote(ctx, role);
  const data: PunctuationData = { expected, found, role };
  ctx.report('paragraph-punctuation', span, message, data);
}

function roleNote(ctx: CheckContext, role: EndingRole): string {
  switch (role) {
    case 'lastOperative':
      return ctx.msg(messages.roleLastOperative);
    case 'chapeau':
      return ctx.msg(messages.roleChapeau);
    case 'lastSubparagraph':
      return ctx.msg(messages.roleLastSub);
    case 'lastPreambularSub':
      return ctx.msg(messages.roleLastPreambularSub);
    default:
      return '';
  }
}

/** The source span of the paragraph's last non-space character. */
function lastCharSpan(p: Paragraph): Span | undefined {
  for (let i = p.pieces.length - 1; i >= 0; i--) {
    const piece = p.pieces[i];
    const text = p.text.slice(piece.textStart, piece.textStart + piece.length);
    const trimmed = text.replace(/\s+$/, '');
    if (trimmed.length) {
      const end = piece.sourceStart + trimmed.length;
      let start = end - 1;
      const c = trimmed.charCodeAt(trimmed.length - 1);
      if (c >= 0xdc00 && c <= 0xdfff && trimmed.length >= 2) start--;
      return { start, end };
    }
  }
  return undefined;
}

function isFullWidth(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
}
