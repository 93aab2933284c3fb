/**
 * Turns a parsed ResolutionDocument into the CorpusParagraphs the index takes: every
 * preambular, operative and sub-paragraph of every resolution, then the report paragraphs, with
 * citable labels (`PP 3`, `OP 7`, `OP 70(a)`, `para. 12`; `draft resolution I, OP 3` inside a
 * report) and the labels written out in both languages.
 */
import type { Paragraph, Resolution, ResolutionDocument } from '../model';
import type { CorpusParagraph } from '../corpus/types';
import { paragraphVerb } from './verbs';

/** A draft paragraph with the label it is cited by and the resolution it belongs to. */
export interface LabelledParagraph {
  paragraph: Paragraph;
  label: string;
  labelText: { zh: string; en: string };
  resolution?: Resolution;
}

const ZH_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function zhNumber(n: number): string {
  if (n <= 10) return ZH_NUMERALS[n] ?? String(n);
  if (n < 20) return '十' + ZH_NUMERALS[n - 10];
  if (n < 100) return ZH_NUMERALS[Math.floor(n / 10)] + '十' + (n % 10 ? ZH_NUMERALS[n % 10] : '');
  return String(n);
}
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** "PP 3" → 序言部分第 3 段 / preambular paragraph 3, etc. */
export function labelTexts(label: string): { zh: string; en: string } {
  let m = /^PP (\d+)$/.exec(label);
  if (m) return { zh: `序言部分第 ${m[1]} 段`, en: `PP ${m[1]}` };
  m = /^OP (\d+)((?:\([a-z0-9ivx]+\))*)$/.exec(label);
  if (m) return { zh: `执行部分第 ${m[1]}${m[2]} 段`, en: `OP ${m[1]}${m[2]}` };
  m = /^para\. (\S+)$/.exec(label);
  if (m) return { zh: `第 ${m[1]} 段`, en: `para. ${m[1]}` };
  return { zh: label, en: label };
}

function embeddedPrefix(r: Resolution | undefined): { zh: string; en: string } | undefined {
  if (!r || r.embeddedIndex === undefined) return undefined;
  const i = r.embeddedIndex;
  return { zh: r.embeddedLabel ?? `决议草案${zhNumber(i)}`, en: `draft resolution ${ROMAN[i] ?? i}` };
}

/** All paragraphs of a parsed document (resolutions' PP, OP and sub-paragraphs, report paragraphs), in document order, with their citable labels. */
export function labelledParagraphs(doc: ResolutionDocument): LabelledParagraph[] {
  const out: LabelledParagraph[] = [];
  const visit = (p: Paragraph, r: Resolution | undefined): void => {
    const base = labelTexts(p.label);
    const pre = embeddedPrefix(r);
    const label = pre ? `${pre.en}, ${p.label}` : p.label;
    const labelText = pre ? { zh: `${pre.zh}${base.zh}`, en: `${pre.en}, ${base.en}` } : base;
    out.push({ paragraph: p, label, labelText, resolution: r });
    for (const s of p.subparagraphs ?? []) visit(s, r);
  };
  for (const r of doc.resolutions) {
    for (const p of r.preambular) visit(p, r);
    for (const p of r.operative) visit(p, r);
  }
  for (const p of doc.reportParagraphs) visit(p, undefined);
  // Document order (report paragraphs and embedded resolutions interleave as in the text).
  return out
    .map((lp, i) => ({ lp, i }))
    .sort((a, b) => a.lp.paragraph.span.start - b.lp.paragraph.span.start || a.i - b.i)
    .map(({ lp }) => lp);
}

/** CorpusParagraphs of a parsed document (what `AgreedLanguageIndex.addDocument` indexes). */
export function toCorpusParagraphs(doc: ResolutionDocument): CorpusParagraph[] {
  return labelledParagraphs(doc).map((lp, index) => {
    const v = paragraphVerb(lp.paragraph);
    return {
      index,
      kind: lp.paragraph.kind,
      label: lp.label,
      labelText: lp.labelText,
      text: lp.paragraph.text,
      verb: v.verb,
      bodyStart: v.bodyStart,
    };
  });
}
