/**
 * Parsed document → corpus paragraphs with citable labels.
 *
 * Labels: `PP 3`, `OP 7`, `OP 70(a)`, `para. 12`; in a resolution embedded in a
 * report, prefixed with which one: `draft resolution I, OP 3`. Written out:
 * `序言部分第 3 段`, `执行部分第 70(a) 段`, `第 12 段`, `决议草案一执行部分第 3 段`;
 * `preambular paragraph 3`, `operative paragraph 70 (a)`, `paragraph 12`,
 * `draft resolution I, operative paragraph 3`.
 */
import type { Paragraph, Resolution, ResolutionDocument } from '../model';
import { paragraphBodyStart } from '../language/body';
import { hasIdeograph } from '../language/script';
import { toChineseNumeral, toRoman } from '../text/numerals';
import type { CorpusDocument, CorpusParagraph, DocumentMeta } from './types';

/** A sub-paragraph's mark without parentheses: "a" for (a); roman for (iv), ㈣ and (十一) in the short label. */
function subMark(p: Paragraph): { en: string; zh: string } {
  const num = p.number;
  const fallback = String.fromCharCode(96 + Math.min(Math.max(p.ordinal, 1), 26));
  if (!num) return { en: fallback, zh: `(${fallback})` };
  const inner = num.text.replace(/^[(（]\s*/, '').replace(/\s*[)）][.．]?$/, '').replace(/[.．]$/, '');
  if (num.style === 'cjk' || num.style === 'roman') {
    const roman = num.value > 0 ? toRoman(num.value) : inner;
    // Chinese texts write (i) as ㈠ and (xi) as (十一): keep them as written there.
    const zh = num.style === 'cjk' && /^[\u3220-\u3229]$/.test(num.text.trim()) ? num.text.trim() : `(${inner || roman})`;
    return { en: roman, zh };
  }
  return { en: inner || fallback, zh: `(${inner || fallback})` };
}

interface Prefix {
  label: string; // "draft resolution I, "
  zh: string; // "决议草案一"
  en: string; // "draft resolution I, "
}

function embeddedPrefix(res: Resolution, language: string): Prefix | undefined {
  if (res.embeddedLabel === undefined && res.embeddedIndex === undefined) return undefined;
  const i = res.embeddedIndex;
  const written = res.embeddedLabel?.trim();
  const writtenIsZh = !!written && hasIdeograph(written);
  const zh = writtenIsZh ? written! : i ? `决议草案${toChineseNumeral(i)}` : written ?? '';
  const enBase = written && !writtenIsZh ? written : i ? `draft resolution ${toRoman(i).toUpperCase()}` : language === 'en' ? written ?? '' : '';
  const en = enBase ? `${enBase.charAt(0).toLowerCase()}${enBase.slice(1)}` : '';
  return { label: en ? `${en}, ` : '', zh, en: en ? `${en}, ` : '' };
}

interface Labeled {
  start: number;
  p: Paragraph;
  label: string;
  zh: string;
  en: string;
}

/** Labels of one paragraph kind; `n` is its number (ordinal, or the number written), `nZh` the same as written in Chinese. */
function labelsFor(kind: Paragraph['kind'], n: string, prefix: Prefix | undefined, nZh = n): { label: string; zh: string; en: string } {
  const pre = prefix ?? { label: '', zh: '', en: '' };
  const spaced = n.replace(/^(\d+)\(/, '$1 (');
  switch (kind) {
    case 'preambular':
      return { label: `${pre.label}PP ${n}`, zh: `${pre.zh}序言部分第 ${nZh} 段`, en: `${pre.en}preambular paragraph ${spaced}` };
    case 'report':
      return { label: `${pre.label}para. ${n}`, zh: `${pre.zh}第 ${nZh} 段`, en: `${pre.en}paragraph ${spaced}` };
    default:
      return { label: `${pre.label}OP ${n}`, zh: `${pre.zh}执行部分第 ${nZh} 段`, en: `${pre.en}operative paragraph ${spaced}` };
  }
}

function numberOf(p: Paragraph): string {
  return p.number && p.number.style === 'arabic' && p.number.value > 0 ? String(p.number.value) : String(p.ordinal);
}

function collectSubs(parent: Paragraph, parentNumber: string, parentKind: Paragraph['kind'], prefix: Prefix | undefined, out: Labeled[], parentZh = parentNumber): void {
  for (const sub of parent.subparagraphs ?? []) {
    const mark = subMark(sub);
    const n = `${parentNumber}(${mark.en})`;
    const nZh = `${parentZh}${mark.zh}`;
    out.push({ start: sub.span.start, p: sub, ...labelsFor(parentKind, n, prefix, nZh) });
    collectSubs(sub, n, parentKind, prefix, out, nZh);
  }
}

/** All paragraphs of a parsed document, in text order (sub-paragraphs right after their parent), with labels. */
export function labelParagraphs(doc: ResolutionDocument): Labeled[] {
  const groups: Labeled[][] = [];
  const group = (kind: Paragraph['kind'], p: Paragraph, n: string, prefix: Prefix | undefined) => {
    const g: Labeled[] = [{ start: p.span.start, p, ...labelsFor(kind, n, prefix) }];
    collectSubs(p, n, kind, prefix, g);
    groups.push(g);
  };
  for (const res of doc.resolutions) {
    const prefix = embeddedPrefix(res, doc.language);
    for (const p of res.preambular) group('preambular', p, String(p.ordinal), prefix);
    for (const p of res.operative) group('operative', p, numberOf(p), prefix);
  }
  for (const p of doc.reportParagraphs) group('report', p, numberOf(p), undefined);
  // Stable sort by position: resolutions and report paragraphs interleave as in the text.
  return groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => a.g[0].start - b.g[0].start || a.i - b.i)
    .flatMap(({ g }) => g);
}

/**
 * A parsed document and its metadata → a corpus document. `pageAt` gives the page of an offset
 * in the parsed text (documents read from PDF).
 */
export function toCorpusDocument(parsed: ResolutionDocument, meta: DocumentMeta, pageAt?: (offset: number) => number | undefined): CorpusDocument {
  const paragraphs: CorpusParagraph[] = [];
  for (const l of labelParagraphs(parsed)) {
    const text = l.p.text;
    if (!text || !text.trim()) continue;
    const cp: CorpusParagraph = {
      index: paragraphs.length,
      kind: l.p.kind,
      label: l.label,
      labelText: { zh: l.zh, en: l.en },
      text,
      bodyStart: paragraphBodyStart(l.p),
    };
    if (l.p.verb?.verb) cp.verb = l.p.verb.verb;
    const page = pageAt?.(l.p.span.start);
    if (page !== undefined) cp.page = page;
    paragraphs.push(cp);
  }
  return { meta, paragraphs };
}
