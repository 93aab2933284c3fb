import type { Messages } from '../i18n';

/** Localised strings of the editor features. */
export const featureMessages = {
  footnote: { zh: '脚注 {n}', en: 'Footnote {n}' },
  footnoteUndefined: { zh: '脚注 {n} 没有定义。', en: 'Footnote {n} has no definition.' },
  agreedHeading: { zh: '商定语言', en: 'Agreed language' },
  nearHeading: { zh: '与商定语言有出入', en: 'Deviates from agreed language' },
  partialHeading: { zh: '部分沿用商定语言', en: 'Partly reuses agreed language' },
  similarity: { zh: '相似度 {p}%', en: 'similarity {p}%' },
  similarityCoverage: { zh: '相似度 {p}%，商定文本 {c}% 在本段中', en: 'similarity {p}%, {c}% of the agreed text kept' },
  legend: { zh: '~~删去~~ **增加**（相对于商定文本）', en: '~~removed~~ **added** (relative to the agreed text)' },
  verbChanged: { zh: '引导动词：原为“{from}”，现为“{to}”', en: 'Leading verb: “{from}” in the source, “{to}” here' },
  referenceHeading: { zh: '文件 {symbol}', en: 'Document {symbol}' },
  resolutionHeading: { zh: '第 {number} 号决议', en: 'Resolution {number}' },
  notInCorpus: { zh: '先例库中没有这份文件。', en: 'This document is not in the corpus.' },
  corpusTitle: { zh: '标题：{title}', en: 'Title: {title}' },
  corpusDate: { zh: '日期：{date}', en: 'Date: {date}' },
  datesCited: { zh: '先例中所载日期：{dates}', en: 'Dates given in the precedents: {dates}' },
  titlesCited: { zh: '先例中所载标题：{titles}', en: 'Titles given in the precedents: {titles}' },
  citedBy: { zh: '引用它的段落：', en: 'Cited in:' },
  malformed: { zh: '无法解析的文件编号。', en: 'This document symbol cannot be parsed.' },
  verbHeading: { zh: '引导动词“{verb}”', en: 'Leading verb “{verb}”' },
  verbUsage: {
    zh: '先例库中用作序言部分段落开头 {pp} 次，用作执行部分段落开头 {op} 次。',
    en: 'The corpus opens {pp} preambular {pp:paragraph|paragraphs} and {op} operative {op:paragraph|paragraphs} with it.',
  },
  noCorpus: { zh: '先例库尚未加载。', en: 'The corpus is not loaded yet.' },
  // Code actions
  renumber: { zh: '重新编号段落和脚注', en: 'Renumber paragraphs and footnotes' },
  addFootnote: { zh: '添加脚注 {n} 的定义', en: 'Add a definition for footnote {n}' },
  footnotePlaceholder: { zh: '（脚注内容）', en: '(footnote text)' },
  removeFootnote: { zh: '删除未使用的脚注 {n}', en: 'Remove unused footnote {n}' },
  fixPunctuation: { zh: '将段尾标点改为“{char}”', en: 'Change the ending punctuation to “{char}”' },
  replaceWithAgreed: { zh: '改用 {source} 的商定文本', en: 'Use the agreed text of {source}' },
  copyCitation: { zh: '复制引文：{citation}', en: 'Copy citation: {citation}' },
  // Symbols
  header: { zh: '标题部分', en: 'Header' },
  preamble: { zh: '序言部分', en: 'Preamble' },
  operativePart: { zh: '执行部分', en: 'Operative part' },
  footnotes: { zh: '脚注', en: 'Footnotes' },
  // Completion
  verbDetailPP: { zh: '序言部分动词（先例中 {n} 次）', en: 'preambular verb ({n} in the corpus)' },
  verbDetailOP: { zh: '执行部分动词（先例中 {n} 次）', en: 'operative verb ({n} in the corpus)' },
  footnoteNext: { zh: '下一个脚注编号', en: 'next footnote number' },
  // Report
  reportTitle: { zh: '商定语言报告', en: 'Agreed-language report' },
  reportSummary: {
    zh: '共 {total} 段：商定 {agreed}，有出入 {near}，部分沿用 {partial}，新 {new}（商定语言占 {share}%）。',
    en: '{total} {total:paragraph|paragraphs}: {agreed} agreed, {near} near, {partial} partial, {new} new ({share}% agreed language).',
  },
  reportParagraph: { zh: '段落', en: 'Paragraph' },
  reportStatus: { zh: '状态', en: 'Status' },
  reportSources: { zh: '来源', en: 'Sources' },
  status_agreed: { zh: '商定', en: 'agreed' },
  status_near: { zh: '有出入', en: 'near' },
  status_partial: { zh: '部分沿用', en: 'partial' },
  status_new: { zh: '新', en: 'new' },
} satisfies Messages;
