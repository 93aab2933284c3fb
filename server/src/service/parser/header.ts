import type { HeaderKind, OrganKind } from '../model';
import { listProfiles } from '../language/registry';
import { arabicIndicDigit, IDEOGRAPH_CLASS } from '../language/script';

export interface HeaderInfo {
  kind: HeaderKind;
  number?: string;
  item?: string;
  date?: string;
}

const EN_MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2999) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Reads `2025 年 12 月 15 日` / `15 December 2025` / `December 15, 2025` anywhere in a short text. */
export function readDate(s: string): string | undefined {
  const zh = /(\d{4})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日/.exec(s);
  if (zh) return iso(+zh[1], +zh[2], +zh[3]);
  const en = /(\d{1,2}) ([A-Z][a-z]{2,8}) (\d{4})/.exec(s);
  if (en && EN_MONTHS[en[2].toLowerCase()]) return iso(+en[3], EN_MONTHS[en[2].toLowerCase()], +en[1]);
  const us = /([A-Z][a-z]{2,8}) (\d{1,2}), (\d{4})/.exec(s);
  if (us && EN_MONTHS[us[1].toLowerCase()]) return iso(+us[3], EN_MONTHS[us[1].toLowerCase()], +us[2]);
  return undefined;
}

interface HeaderPatterns {
  session: RegExp;
  agendaItem: RegExp;
  adoption?: RegExp;
  committee?: RegExp;
  numberLine?: RegExp;
  readDate: (s: string) => string | undefined;
}

let profileHeaders: HeaderPatterns[] | undefined;

/**
 * The session and agenda-item patterns of the languages whose header lines `classifyHeader` does not read
 * itself (every profile but Chinese and English, whose lines it reads as before profiles), compiled once.
 */
function otherHeaderPatterns(): HeaderPatterns[] {
  if (!profileHeaders) {
    profileHeaders = [];
    for (const p of listProfiles()) {
      if (p.id === 'zh' || p.id === 'en') continue;
      try {
        const h = p.data.header;
        profileHeaders.push({
          session: new RegExp(h.session, 'u'),
          agendaItem: new RegExp(h.agendaItem, 'u'),
          adoption: h.adoption ? new RegExp(h.adoption, 'u') : undefined,
          committee: h.committee ? new RegExp(h.committee, 'u') : undefined,
          numberLine: h.numberLine ? new RegExp(h.numberLine, 'u') : undefined,
          readDate: (s) => {
            const d = p.readDate(s);
            return d ? iso(d.year, d.month, d.day) : undefined;
          },
        });
      } catch {
        // a bad pattern in a language's data leaves that language's header lines as titles
      }
    }
  }
  return profileHeaders;
}

/** Arabic-Indic digits as ASCII (`١٨` → `18`), other characters as they are. */
function asciiDigits(s: string): string {
  let out = '';
  for (const ch of s) {
    const d = arabicIndicDigit(ch.charCodeAt(0));
    out += d >= 0 ? String(d) : ch;
  }
  return out;
}

/** Classifies one header line (already without `##` marks and surrounding spaces). */
export function classifyHeader(s: string): HeaderInfo {
  if (s.length > 300) return { kind: 'other' };
  if (/^第[一二三四五六七八九十百零〇]+届(?:会议|常会|特别会议)$/.test(s) || /^[A-Z][a-z]+(?:-[a-z]+)? (?:special )?session$/i.test(s)) {
    return { kind: 'session' };
  }
  if (/^第[一二三四五六七八九十]委员会$/.test(s) || /^(?:First|Second|Third|Fourth|Fifth|Sixth) Committee$/.test(s)) return { kind: 'committee' };
  const agenda = /^(?:议程项目|Agenda items?)\s*(\d+(?:\s*\([a-z]\))?)/.exec(s);
  if (agenda) return { kind: 'agendaItem', item: agenda[1] };
  // French, Spanish, Russian, Arabic: `Soixante-dix-neuvième session`, `Tema 18 del programa`, `البند 18 من جدول الأعمال`
  for (const h of otherHeaderPatterns()) {
    if (h.session.test(s)) return { kind: 'session' };
    if (h.committee?.test(s)) return { kind: 'committee' };
    const n = h.numberLine?.exec(s);
    if (n?.groups?.number) return { kind: 'symbol', number: n.groups.number };
    const m = h.agendaItem.exec(s);
    if (m) return { kind: 'agendaItem', item: m.groups?.item !== undefined ? asciiDigits(m.groups.item) : undefined };
    if (h.adoption?.test(s)) {
      const date = h.readDate(s);
      if (date) return { kind: 'adoption', date };
    }
  }
  const sym = /^(\d{1,4}\/\d{1,4}(?:\s?[A-Z])?)[.．]\s*\S/.exec(s);
  if (sym) return { kind: 'symbol', number: sym[1] };
  if (/^[[［](?:根据|未经|on the report|without reference)/i.test(s)) return { kind: 'origin' };
  if (/决议$|^Resolution adopted by/.test(s) && /\d{4}/.test(s)) {
    return { kind: 'adoption', date: readDate(s) };
  }
  if ((/^(?:决议草案|决定草案|Draft (?:resolution|decision))/i.test(s) && s.length <= 30) || (/(?:决议草案|draft resolution)$/i.test(s) && s.length <= 80)) {
    return { kind: 'draftMarker' };
  }
  if (/^(?:[A-Z]{1,6}(?:\/[A-Za-z0-9.]{1,12}){1,6})(?:-\S+)?$/.test(s) || /^Distr\.|^(?:General|Limited|Restricted)$|^Original:|^\d{1,2} [A-Z][a-z]+ \d{4}$|^\d{4} 年 ?\d{1,2} 月 ?\d{1,2} 日$|^中文$|^原文：/.test(s)) {
    return { kind: 'distribution' };
  }
  if (/[：:]\s*[*＊]?$/.test(s) && s.length <= 60 && !/[，。；]/.test(s)) return { kind: 'sponsor' };
  if (s === '*' || /^[*＊]+$/.test(s)) return { kind: 'other' };
  if (!/[，。；,;]/.test(s) && !s.includes('http') && s.length <= 80) return { kind: 'title' };
  return { kind: 'other' };
}

/**
 * Recognises an acting-organ line (`大会，`, `The General Assembly,`, `L'Assemblée générale,`, `إن الجمعية العامة،`)
 * by the organ lines of every registered language. `s` is trimmed, emphasis removed.
 */
export function readOrgan(s: string): OrganKind | undefined {
  if (s.length > 60) return undefined;
  for (const p of listProfiles()) {
    const kind = p.readOrgan(s);
    if (kind) return kind;
  }
  return undefined;
}

/** Closing lines of an adopted text: `2025 年 12 月 15 日`, `第 64 次全体会议`, `64th plenary meeting`. */
export function isClosingLine(s: string): boolean {
  if (s.length > 60) return false;
  return (
    /^\d{4}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日$/.test(s) ||
    /^第\s{0,2}\d{1,4}\s{0,2}次全体会议$/.test(s) ||
    /^\d{1,4}(?:st|nd|rd|th) (?:\(resumed\) )?plenary meeting$/i.test(s) ||
    /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(s)
  );
}

/** Marker of an embedded draft resolution (`决议草案一`, `Draft resolution I`): returns its index. */
export function readDraftResolutionMarker(s: string): { label: string; index: number } | undefined {
  return readDraftMarker(s, /^决议草案([一二三四五六七八九十]{1,3})$/, /^Draft resolution ([IVXL]{1,6})$/i);
}

/** Marker of an embedded draft decision (`决定草案一`): decisions are not resolutions. */
export function isDraftDecisionMarker(s: string): boolean {
  return /^决定草案[一二三四五六七八九十]{1,3}$/.test(s) || /^Draft decision [IVXL]{1,6}$/i.test(s);
}

/** Reads a draft decision marker: its label as written and its 1-based index. */
export function readDraftDecisionMarker(s: string): { label: string; index: number } | undefined {
  return readDraftMarker(s, /^决定草案([一二三四五六七八九十]{1,3})$/, /^Draft decision ([IVXL]{1,6})$/i);
}

/** A draft marker whose number (group 1) is Chinese in `zh`, roman in `en`. */
function readDraftMarker(s: string, zh: RegExp, en: RegExp): { label: string; index: number } | undefined {
  const z = zh.exec(s);
  const n = z ? cnNumber(z[1]) : undefined;
  if (n) return { label: s, index: n };
  const e = en.exec(s);
  const m = e ? romanUpper(e[1].toUpperCase()) : undefined;
  if (m) return { label: s, index: m };
  return undefined;
}

/** Section headings of a report: `第一章`, `A. …`, `一. …`, `Chapter I`. */
/**
 * A numbered or lettered section heading inside a resolution's text: `I Implementation of the Convention…`,
 * `XVI Eightieth session of the General Assembly` (the oceans resolutions: a roman numeral, printed bold
 * with no dot), `II. Capacity-building`, `A. Follow-up` — a short title with no closing punctuation.
 * `s` is trimmed, emphasis removed. Not `A/RES/…` (a symbol) nor a sentence (`A new…,`).
 */
const SECTION_ROMAN = new RegExp(`^[IVXL]{1,7}[.．]?\\s+[A-Z${IDEOGRAPH_CLASS}]`);
const SECTION_LETTER = new RegExp(`^[A-Z][.．]\\s+[A-Z${IDEOGRAPH_CLASS}]`);

export function isNumberedSectionHeading(s: string): boolean {
  if (s.length > 160 || s.length < 3) return false;
  if (/[,;:.，；：。]$/.test(s)) return false;
  return SECTION_ROMAN.test(s) || SECTION_LETTER.test(s);
}

export function isSectionHeading(s: string): boolean {
  return /^第[一二三四五六七八九十]{1,3}章/.test(s) || /^[A-Z][.．]\s/.test(s) || /^[一二三四五六七八九十]{1,3}[.．、]\s?/.test(s) || /^Chapter [IVXL]+/i.test(s);
}

function cnNumber(s: string): number | undefined {
  const d: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (s === '十') return 10;
  if (s.length === 1) return d[s];
  if (s[0] === '十') return 10 + (d[s[1]] ?? 0);
  if (s[1] === '十') return (d[s[0]] ?? 0) * 10 + (s[2] ? d[s[2]] ?? 0 : 0);
  return undefined;
}

function romanUpper(s: string): number | undefined {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let t = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]];
    const b = v[s[i + 1]] ?? 0;
    if (a === undefined) return undefined;
    t += a < b ? -a : a;
  }
  return t > 0 ? t : undefined;
}
