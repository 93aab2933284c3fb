/** How the checks name a paragraph in a message: `执行部分第 70 段(b)分段`, `subparagraph (b) of operative paragraph 70`. */
import { format, type Locale } from '../i18n';
import { arabicOrdinal } from '../i18n/citations';
import type { Paragraph, Resolution } from '../model';
import { chineseNumeralValue, romanValue, toChineseNumeral, toRoman } from '../text/numerals';
import { messages } from './messages';

/** The number as written without its trailing full stop: "4." → "4"; "(b)" stays "(b)". */
function numberLabel(p: Paragraph): string {
  if (p.number) return p.number.text.replace(/[.．]\s*$/, '').trim();
  return String(p.ordinal);
}

/**
 * Names a paragraph. `ancestors` are its parents from the top-level paragraph
 * down (empty for a PP or OP).
 */
export function paragraphName(locale: Locale, res: Resolution | undefined, p: Paragraph, ancestors: Paragraph[] = []): string {
  return siblingsName(locale, res, p, ancestors);
}

/**
 * Names a paragraph by the number it should carry, or a run of sibling
 * paragraphs by the first and last of those numbers (`label` = "3", "(c)";
 * `lastLabel` = "5", "(e)"): `执行部分第 3 至 5 段`, `operative paragraphs 3–5`,
 * `执行部分第 2 段(c)至(e)分段`, `subparagraphs (c)–(e) of operative paragraph 2`.
 */
export function siblingsName(locale: Locale, res: Resolution | undefined, p: Paragraph, ancestors: Paragraph[], ownLabel?: string, lastLabel?: string): string {
  const run = lastLabel !== undefined && lastLabel !== ownLabel;
  let name: string;
  if (ancestors.length === 0) {
    name = topName(locale, p, ownLabel, run ? lastLabel : undefined);
  } else {
    const top = ancestors[0];
    const label = ownLabel ?? numberLabel(p);
    const template = run ? messages.subparagraphRun : messages.subparagraph;
    if (locale === 'zh') {
      // 执行部分第 70 段(b)㈡分段
      const base = topName(locale, top);
      const path = ancestors.slice(1).map(numberLabel).join('');
      name = format(locale, template, { parent: base, n: path + label, a: path + label, b: lastLabel ?? '' });
    } else {
      // subparagraph (ii) of operative paragraph 70 (b)
      const base = topName(locale, top) + ancestors.slice(1).map((a) => ' ' + numberLabel(a)).join('');
      name = format(locale, template, { parent: base, n: label, a: label, b: lastLabel ?? '' });
    }
  }
  if (res?.embeddedLabel) name = format(locale, messages.embedded, { label: embeddedName(locale, res.embeddedLabel), name });
  return name;
}

/** "决议草案二" ↔ "draft resolution II", so the label is in the message's language; other labels as they are. */
function embeddedName(locale: Locale, label: string): string {
  const zh = /^\s*(决议|决定)草案\s*([一二三四五六七八九十])?\s*$/.exec(label);
  const en = /^\s*draft (resolution|decision)\s*([IVX]+)?\s*$/i.exec(label);
  let kind: 'resolution' | 'decision' | undefined;
  let index = 0;
  if (zh) {
    kind = zh[1] === '决议' ? 'resolution' : 'decision';
    index = zh[2] ? (chineseNumeralValue(zh[2]) ?? 0) : 0;
  } else if (en) {
    kind = en[1].toLowerCase() === 'resolution' ? 'resolution' : 'decision';
    const value = en[2] ? romanValue(en[2].toLowerCase()) : undefined;
    index = value !== undefined && value <= 10 ? value : 0;
  }
  if (!kind) return label;
  // 决议草案二, draft resolution II, projet de résolution II, مشروع القرار الثاني
  const roman = toRoman(index).toUpperCase();
  const n = index === 0 ? '' : locale === 'zh' ? toChineseNumeral(index) : locale === 'ar' ? (arabicOrdinal(index) ?? roman) : roman;
  return format(locale, kind === 'resolution' ? messages.draftResolution : messages.draftDecision, { n }).trim();
}

/** Names a PP, OP or report paragraph; `n` (and `last`, for a run) replace the number it carries. */
function topName(locale: Locale, p: Paragraph, n?: string, last?: string): string {
  if (p.kind === 'preambular') return format(locale, messages.preambular, { n: p.ordinal });
  const own = n ?? String(p.number ? p.number.value : p.ordinal);
  if (p.kind === 'operative') return last === undefined ? format(locale, messages.operative, { n: own }) : format(locale, messages.operativeRun, { a: own, b: last });
  if (p.kind === 'report') return last === undefined ? format(locale, messages.reportParagraph, { n: own }) : format(locale, messages.reportRun, { a: own, b: last });
  // stray sub-paragraphs: use the citable label
  return p.label;
}
