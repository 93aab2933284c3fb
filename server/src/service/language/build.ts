/**
 * Builds a language profile from its plain data and its verb matcher: organ lines, endings, sub-paragraph
 * letters, and the date and citation readers compiled from the data's regular-expression sources.
 */
import type { OrganKind } from '../model';
import type { LanguageData } from './data/types';
import type { CitationDate, CitationHit, LanguageProfile, VerbMatch } from './types';
import { leadingVerbMatcher, registerVerbMatcher, splitBy, type LeadingVerbParts, type VerbAt } from './verbs';

export interface ProfileParts {
  verbAt: VerbAt;
  fallbacks?: LeadingVerbParts['fallbacks'];
  shapeAt?: LeadingVerbParts['shapeAt'];
  /** Organ lines beyond the four councils of the data (`委员会，`, `The Commission,`): kind `other`. */
  otherOrgans?: readonly RegExp[];
  /** Operative paragraphs numbered `1 -` (Arabic). */
  dashNumbers?: boolean;
  /** Completion's verbs when the corpus has none, most frequent first; the data's lists when absent. */
  builtinVerbs?: LanguageProfile['builtinVerbs'];
}

/** Marks an organ line may close with: the data's preambular mark, and `,` `:` in either width. */
const ORGAN_CLOSERS = new Set(['，', ',', '：', ':', '،']);

function organKey(name: string): string {
  return name.replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

function organReader(data: LanguageData, others: readonly RegExp[]): (line: string) => OrganKind | undefined {
  const names = new Map<string, OrganKind>();
  const add = (lines: readonly string[], kind: OrganKind) => {
    for (const l of lines) {
      const t = l.trim();
      const body = ORGAN_CLOSERS.has(t[t.length - 1]) ? t.slice(0, -1) : t;
      names.set(organKey(body), kind);
    }
  };
  add(data.organs.generalAssembly, 'General Assembly');
  add(data.organs.economicAndSocialCouncil, 'Economic and Social Council');
  add(data.organs.securityCouncil, 'Security Council');
  add(data.organs.humanRightsCouncil, 'Human Rights Council');
  return (s) => {
    if (s.length > 80) return undefined;
    if (!ORGAN_CLOSERS.has(s[s.length - 1])) return undefined;
    const name = s.slice(0, -1).trim();
    const kind = names.get(organKey(name));
    if (kind) return kind;
    for (const re of others) if (re.test(name)) return 'other';
    return undefined;
  };
}

function compile(source: string, flags: string): RegExp | undefined {
  try {
    return new RegExp(source, flags);
  } catch {
    return undefined;
  }
}

function dayOf(s: string): number {
  const m = /\d+/.exec(s);
  return m ? Number(m[0]) : 1; // `1er`, `premier`
}

function dateReader(data: LanguageData): (text: string) => CitationDate | undefined {
  const re = compile(data.citation.datePattern, 'u');
  const months = data.citation.months.map((m) => m.toLowerCase());
  return (text) => {
    const m = re?.exec(text);
    const g = m?.groups;
    if (!g?.year || !g.month) return undefined;
    const name = g.month.toLowerCase();
    let month = months.indexOf(name) + 1;
    if (month === 0 && /^\d{1,2}$/.test(name)) month = Number(name);
    const year = Number(g.year);
    const day = g.day ? dayOf(g.day) : 1;
    if (month < 1 || month > 12 || day < 1 || day > 31 || !Number.isFinite(year)) return undefined;
    return { year, month, day };
  };
}

function citationFinder(data: LanguageData, readDate: (t: string) => CitationDate | undefined): (text: string) => CitationHit[] {
  const re = compile(data.citation.citationPattern, 'gu');
  const titleRe = data.citation.titlePattern ? compile(data.citation.titlePattern, 'uy') : undefined;
  return (text) => {
    const out: CitationHit[] = [];
    if (!re) return out;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const g = m.groups ?? {};
      if (!g.symbol) continue;
      const hit: CitationHit = { start: m.index, end: m.index + m[0].length, symbol: g.symbol };
      if (g.date) {
        const date = readDate(g.date);
        if (date) hit.date = date;
        const at = m[0].indexOf(g.date);
        if (at >= 0) {
          hit.dateStart = m.index + at;
          hit.dateEnd = hit.dateStart + g.date.length;
        }
      }
      if (titleRe) {
        titleRe.lastIndex = hit.end;
        const title = titleRe.exec(text)?.groups?.title?.trim();
        if (title) hit.title = title;
      }
      out.push(hit);
    }
    return out;
  };
}

export function buildProfile(data: LanguageData, parts: ProfileParts): LanguageProfile {
  registerVerbMatcher(data.id, parts.verbAt);
  const match: (text: string, hints?: readonly number[]) => VerbMatch | undefined = leadingVerbMatcher({
    id: data.id,
    verbAt: parts.verbAt,
    fallbacks: parts.fallbacks ?? [],
    leads: data.leads,
    shapeAt: parts.shapeAt,
  });
  const readDate = dateReader(data);
  const letters = data.subparagraphLetters.slice();
  const e = data.endings;
  return {
    id: data.id,
    data,
    direction: data.direction,
    verbAt: parts.verbAt,
    matchLeadingVerb: match,
    splitLeadingVerb: (text) => splitBy(match, text),
    readOrgan: organReader(data, parts.otherOrgans ?? []),
    endings: { preambular: e.preambular, operative: e.operative, last: e.last, chapeau: e.chapeau },
    spaceBefore: e.spaceBefore,
    subparagraphLetters: letters,
    dashNumbers: !!parts.dashNumbers,
    letterValue: (letter) => letters.indexOf(letter) + 1,
    readDate,
    findCitations: citationFinder(data, readDate),
    builtinVerbs: parts.builtinVerbs ?? { preambular: data.preambularVerbs, operative: data.operativeVerbs },
  };
}

/**
 * The data of a language module, whatever its export is called: the first export that is the language's
 * data (`export const fr: LanguageData`), so the data files need no naming convention beyond their id.
 */
export function dataOf(mod: Record<string, unknown>, id: LanguageData['id']): LanguageData {
  for (const v of Object.values(mod)) {
    if (v && typeof v === 'object' && (v as LanguageData).id === id && Array.isArray((v as LanguageData).preambularVerbs)) return v as LanguageData;
  }
  throw new Error(`language data for ${id} not found`);
}
