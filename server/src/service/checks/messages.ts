/**
 * Message table of the structure checks. Chinese messages use full-width
 * punctuation and put spaces only around numbers and Latin text, as UN
 * Chinese texts do.
 */
import type { Messages } from '../i18n';

export const messages = {
  // Paragraph names used inside other messages.
  preambular: { zh: '序言部分第 {n} 段', en: 'preambular paragraph {n}' },
  operative: { zh: '执行部分第 {n} 段', en: 'operative paragraph {n}' },
  reportParagraph: { zh: '报告第 {n} 段', en: 'paragraph {n} of the report' },
  subparagraph: { zh: '{parent}{n}分段', en: 'subparagraph {n} of {parent}' },
  operativeRun: { zh: '执行部分第 {a} 至 {b} 段', en: 'operative paragraphs {a}–{b}' },
  reportRun: { zh: '报告第 {a} 至 {b} 段', en: 'paragraphs {a}–{b} of the report' },
  subparagraphRun: { zh: '{parent}{a}至{b}分段', en: 'subparagraphs {a}–{b} of {parent}' },
  embedded: { zh: '{label}{name}', en: '{label}, {name}' },
  draftResolution: { zh: '决议草案{n}', en: 'draft resolution {n}' },
  draftDecision: { zh: '决定草案{n}', en: 'draft decision {n}' },
  organLine: { zh: '行动机关一行“{text}”', en: 'the acting-organ line “{text}”' },

  // paragraph-numbering: one message per slip. `{name}` names the first paragraph of
  // the run (or the run: 执行部分第 3 至 5 段) by the number it should carry.
  numberingTypo: {
    zh: '{name}编号有误：应为 {expected}，实为 {found}',
    en: '{Name} is misnumbered: expected {expected}, found {found}',
  },
  numberingMissingOne: { zh: '缺少编号 {a}', en: 'number {a} is missing' },
  numberingMissingTwo: { zh: '缺少编号 {a} 和 {b}', en: 'numbers {a} and {b} are missing' },
  numberingMissingMany: { zh: '缺少编号 {a} 至 {b}', en: 'numbers {a}–{b} are missing' },
  numberingGap: {
    zh: '{missing}：{name}编为 {found}',
    en: '{Missing}: {name} is numbered {found}',
  },
  numberingGapRun: {
    zh: '{missing}：{name}编为 {foundFirst} 至 {foundLast}',
    en: '{Missing}: {name} are numbered {foundFirst}–{foundLast}',
  },
  numberingDuplicate: {
    zh: '{name}编号有误：应为 {expected}，实为 {found}（编号 {found} 重复）',
    en: '{Name} is misnumbered: expected {expected}, found {found} (number {found} is used twice)',
  },
  numberingDuplicateRun: {
    zh: '编号 {found} 重复：{name}编为 {foundFirst} 至 {foundLast}，比应有的编号各少 {by}',
    en: 'Number {found} is used twice: {name} are numbered {foundFirst}–{foundLast}, {by} too low',
  },
  numberingOrder: {
    zh: '{name}顺序颠倒：编为 {found}，应为 {expected}',
    en: '{Name} are out of order: numbered {found}, expected {expected}',
  },
  numberingShift: {
    zh: '{name}编号有误：编为 {foundFirst} 至 {foundLast}，应为 {first} 至 {last}',
    en: '{Name} are misnumbered: numbered {foundFirst}–{foundLast}, expected {first}–{last}',
  },
  /** Joins the numbers of an out-of-order run. */
  numberingListSeparator: { zh: '、', en: ', ' },

  // paragraph-punctuation
  punctuationWrong: {
    zh: '{name}应以“{expected}”结尾，实为“{found}”',
    en: '{Name} should end with “{expected}”, found “{found}”',
  },
  punctuationHalfWidth: {
    zh: '{name}应以全角“{expected}”结尾，实为半角“{found}”',
    en: '{Name} should end with the full-width “{expected}”, found the half-width “{found}”',
  },
  punctuationFullWidth: {
    zh: '{name}应以半角“{expected}”结尾，实为全角“{found}”',
    en: '{Name} should end with the half-width “{expected}”, found the full-width “{found}”',
  },
  punctuationMissing: {
    zh: '{name}应以“{expected}”结尾，但没有结尾标点',
    en: '{Name} should end with “{expected}” but has no closing punctuation',
  },
  roleLastOperative: { zh: '（最后一个执行段落）', en: ' (last operative paragraph)' },
  roleChapeau: { zh: '（其后有分段，引语应以冒号结尾）', en: ' (it introduces subparagraphs)' },
  roleLastSub: { zh: '（整个决议的最后一个分段）', en: ' (last subparagraph of the resolution)' },
  roleLastPreambularSub: { zh: '（序言段落的最后一个分段）', en: ' (last subparagraph of a preambular paragraph)' },

  // footnotes
  footnoteUndefined: {
    zh: '脚注 {number} 没有脚注正文',
    en: 'Footnote {number} is referenced but never defined',
  },
  footnoteUnused: {
    zh: '脚注 {number} 有脚注正文，但正文中没有引用它',
    en: 'Footnote {number} is defined but never referenced',
  },
  footnoteDuplicate: {
    zh: '脚注 {number} 的脚注正文重复（第 {firstLine} 行已有一条）',
    en: 'Footnote {number} is defined twice (first definition on line {firstLine})',
  },
  footnoteOrder: {
    zh: '脚注编号顺序有误：此处首次引用脚注 {found}，应为脚注 {expected}',
    en: 'Footnotes out of sequence: first reference to footnote {found} where footnote {expected} was expected',
  },
  footnoteGap: {
    zh: '脚注编号顺序有误：此处首次引用脚注 {found}，应为脚注 {expected}（脚注 {expected} 从未被引用）',
    en: 'Footnotes out of sequence: first reference to footnote {found} where footnote {expected} was expected (footnote {expected} is never referenced)',
  },

  // input-problem
  inputProblem: { zh: '输入问题：{code}', en: 'Input problem: {code}' },
} satisfies Messages;

/**
 * Messages for parse problems (`doc.problems`), by problem code. Codes not
 * listed fall back to `inputProblem` with the code itself.
 */
export const problemMessages: Messages = {
  'parse-unterminated-sup': {
    zh: '<sup> 标记没有闭合：缺少 </sup>，此处的脚注编号无法读取',
    en: 'Unterminated <sup> tag: no </sup>, so the footnote number here cannot be read',
  },
  'parse-binary-text': {
    zh: '文本中含有大量控制字符或无法解码的字符，可能是二进制文件，或文件编码有误',
    en: 'The text is full of control or undecodable characters: it may be a binary file, or read in the wrong encoding',
  },
  'parse-internal-error': {
    zh: '解析器内部出错，检查结果可能不完整',
    en: 'The parser failed internally; the results may be incomplete',
  },
};
