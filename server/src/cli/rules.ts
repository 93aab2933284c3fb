/** One line per diagnostic code: what it means. Used by SARIF output, `--help` and the README table. */
import type { Message } from '../service/i18n';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../service/options';

export const RULE_DESCRIPTIONS: Record<DiagnosticCode, Message> = {
  'paragraph-numbering': {
    zh: '执行段落（及其分段 (a)、(i)、㈠）的编号须从 1 起连续、不重复、不颠倒',
    en: 'Operative paragraphs (and sub-paragraphs (a), (i), ㈠) are numbered from 1 with no gap, repeat or inversion',
  },
  'paragraph-punctuation': {
    zh: '段落须以其位置要求的标点结尾：序言段“，”、执行段“；”、最后一段“。”、引出分段的引语“：”',
    en: 'A paragraph ends with the mark its place requires: preambular “,”, operative “;”, last “.”, chapeau “:”',
  },
  'footnote-undefined': { zh: '引用了脚注，但没有脚注正文', en: 'A footnote is referenced but has no footnote text' },
  'footnote-unused': { zh: '有脚注正文，但正文中没有引用', en: 'A footnote text is never referenced' },
  'footnote-duplicate': { zh: '同一编号的脚注正文出现两次', en: 'Two footnote texts carry the same number' },
  'footnote-order': {
    zh: '脚注须按 1、2、3……的顺序首次引用',
    en: 'Footnotes are first referenced in the order 1, 2, 3…',
  },
  'reference-malformed': {
    zh: '文件编号或决议引用无法解析（如 A//80/62）',
    en: 'A document symbol or resolution citation cannot be parsed (e.g. A//80/62)',
  },
  'reference-inconsistent': {
    zh: '所引决议的日期或标题与先例文本不一致',
    en: 'The date or title given for a cited resolution disagrees with the precedent texts',
  },
  'agreed-language': {
    zh: '段落是先前文本中的商定语言（注明出处）',
    en: 'The paragraph is agreed language from an earlier text (source given)',
  },
  'agreed-language-deviation': {
    zh: '段落偏离了商定语言（增、删或改动了措辞）',
    en: 'The paragraph deviates from agreed language (words added, dropped or changed)',
  },
  'input-problem': {
    zh: '文本中有解析器无法处理的问题（如 <sup> 未闭合）',
    en: 'The text has a problem the parser cannot resolve (e.g. an unterminated <sup>)',
  },
};

export const RULE_CODES: readonly DiagnosticCode[] = DIAGNOSTIC_CODES;
