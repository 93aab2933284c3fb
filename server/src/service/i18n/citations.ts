/**
 * Citing a paragraph or a page in the user's language.
 *
 * Corpus paragraphs carry a short label (`OP 12`, `PP 3`, `OP 70(a)(ii)`, `para. 12`,
 * `draft resolution I, OP 3`) and its Chinese form (`执行部分第 12 段`). English and Chinese show those;
 * French, Spanish, Russian and Arabic write the label out as their UN texts cite paragraphs —
 * `paragraphe 70 a) ii) du dispositif`, `alinéa 3 du préambule`; `párrafo 70 a) ii) de la parte
 * dispositiva`, `párrafo 3 del preámbulo`; `пункт 70 a) ii) постановляющей части`, `пункт 3
 * преамбулы`; `الفقرة 70 (أ) (ii) من المنطوق`, `الفقرة 3 من الديباجة` — with the paragraph names of
 * the structure checks, so a paragraph is named the same way in every message.
 */
import { messages } from '../checks/messages';
import { format } from './format';
import type { Locale } from './locale';

/** Sub-paragraph letters as Arabic texts write them, in their order: (a) → (أ), (b) → (ب) … */
const ARABIC_LETTERS = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض'];

/** Ordinals of draft resolutions in Arabic texts: مشروع القرار الأول … العاشر. */
const ARABIC_ORDINALS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];

/** The letter (a) as Arabic texts write it; undefined for anything but one Latin letter. */
export function arabicLetter(mark: string): string | undefined {
  return /^[a-z]$/i.test(mark) ? ARABIC_LETTERS[mark.toLowerCase().charCodeAt(0) - 97] : undefined;
}

/** The ordinal word of draft resolution `n` in Arabic (1 … 10); undefined beyond. */
export function arabicOrdinal(n: number): string | undefined {
  return ARABIC_ORDINALS[n - 1];
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanToNumber(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]] ?? 0;
    const next = ROMAN_VALUES[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** `draft resolution II` → `projet de résolution II`, `مشروع القرار الثاني`; other prefixes as written. */
function draftName(locale: Locale, prefix: string): string {
  const m = /^draft (resolution|decision)(?:\s+([IVXLC]+))?$/i.exec(prefix.trim());
  if (!m) return prefix;
  const roman = m[2]?.toUpperCase() ?? '';
  const n = locale === 'ar' && roman ? arabicOrdinal(romanToNumber(roman)) ?? roman : roman;
  return format(locale, m[1].toLowerCase() === 'resolution' ? messages.draftResolution : messages.draftDecision, { n }).trim();
}

const SHORT_LABEL = /^(?:(.+?),\s+)?(PP|OP|para\.)\s+(\d+)((?:\([^()]*\))*)$/;

/**
 * A corpus paragraph's label in a locale: the short label in English (`OP 12`), the Chinese form in
 * Chinese when there is one (`zh`), the label written out elsewhere. A label not in the short form
 * is returned as it is.
 */
export function paragraphLabel(locale: Locale, label: string, zh?: string): string {
  if (locale === 'en') return label;
  if (locale === 'zh') return zh ?? label;
  const m = SHORT_LABEL.exec(label.trim());
  if (!m) return label;
  const [, prefix, kind, number, subs] = m;
  const marks = [...subs.matchAll(/\(([^()]*)\)/g)].map((s) => s[1]);
  const written = marks.map((mark, depth) => (locale === 'ar' ? ` (${(depth === 0 && arabicLetter(mark)) || mark})` : ` ${mark})`)).join('');
  const n = number + written;
  const body =
    kind === 'PP' ? format(locale, messages.preambular, { n }) : kind === 'OP' ? format(locale, messages.operative, { n }) : paragraphWord(locale, n);
  return prefix ? format(locale, messages.embedded, { label: draftName(locale, prefix), name: body }) : body;
}

/** A numbered paragraph of a report or other document: `paragraphe 12`, `الفقرة 12`. */
function paragraphWord(locale: Locale, n: string): string {
  switch (locale) {
    case 'fr':
      return `paragraphe ${n}`;
    case 'es':
      return `párrafo ${n}`;
    case 'ru':
      return `пункт ${n}`;
    case 'ar':
      return `الفقرة ${n}`;
    case 'zh':
      return `第 ${n} 段`;
    default:
      return `paragraph ${n}`;
  }
}

/** ` (p. 5)`, `（第 5 页）`, ` (pág. 5)`, ` (стр. 5)`, ` (الصفحة 5)` after a paragraph's label, for paragraphs read from PDF; empty otherwise. */
export function pageSuffix(locale: Locale, page: number | undefined): string {
  if (page === undefined) return '';
  switch (locale) {
    case 'zh':
      return `（第 ${page} 页）`;
    case 'fr':
      return ` (p.\u00a0${page})`;
    case 'es':
      return ` (pág. ${page})`;
    case 'ru':
      return ` (стр. ${page})`;
    case 'ar':
      return ` (الصفحة ${page})`;
    default:
      return ` (p. ${page})`;
  }
}

/** How a citation separates its parts: `，` in Chinese, `، ` in Arabic, `, ` elsewhere. */
export function citationComma(locale: Locale): string {
  return locale === 'zh' ? '，' : locale === 'ar' ? '، ' : ', ';
}

/** A date after a citation: `（2021-12-17）` in Chinese, ` (2021-12-17)` elsewhere. */
export function citationDate(locale: Locale, date: string | undefined): string {
  return date ? (locale === 'zh' ? `（${date}）` : ` (${date})`) : '';
}

/** Between the items of a list of citations: `；` in Chinese, `؛ ` in Arabic, ` ; ` (no-break) in French, `; ` elsewhere. */
export function listSeparator(locale: Locale): string {
  return locale === 'zh' ? '；' : locale === 'ar' ? '؛ ' : locale === 'fr' ? '\u00a0; ' : '; ';
}
