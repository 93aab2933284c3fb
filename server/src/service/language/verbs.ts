/**
 * Leading-verb matching built from a language's data: the one verb lexicon of the service (issue 9).
 * Alphabetic scripts (Latin, Cyrillic, Arabic) share one matcher over the data's verbs, adverbs before and
 * after, and leads; Chinese keeps its own (`zh.ts`), as its verbs are not space-delimited words.
 */
import type { LanguageData, LanguageId } from './data/types';
import type { VerbMatch, VerbSplit } from './types';
import { foldCase, isAlphabeticLetter, isCombiningMark } from './script';

/** The verb phrase at `pos` in one language: its length, or 0. */
export type VerbAt = (text: string, pos: number, afterLead?: boolean) => number;

/** Each language's own matcher, by id: a profile that falls back on another's (zh ↔ en) looks it up here at call time. */
const ownMatchers = new Map<LanguageId, VerbAt>();

export function registerVerbMatcher(id: LanguageId, verbAt: VerbAt): void {
  ownMatchers.set(id, verbAt);
}

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function isWordContinuation(c: number): boolean {
  return isAlphabeticLetter(c) || isCombiningMark(c);
}

/** `word` at `pos`, ending at a word boundary; `caseless` also accepts it with its first letter in lower case. */
function wordAt(text: string, word: string, pos: number, caseless: boolean): boolean {
  let ok = text.startsWith(word, pos);
  // either case of the first letter: the data writes each verb as its texts do (Russian in lower case),
  // and a draft may capitalise it (`Напоминая`) or open with it after a lead (`In this regard, recalls`)
  if (!ok && caseless) ok = text.startsWith(lowerFirst(word), pos) || text.startsWith(upperFirst(word), pos);
  if (!ok) return false;
  const after = text.charCodeAt(pos + word.length);
  return Number.isNaN(after) || !isWordContinuation(after);
}

export interface AlphabeticOptions {
  /** Paragraphs open in lower case (Russian `ссылаясь на…`, `1. постановляет…`): the first letter is compared without case. */
  caselessStart?: boolean;
}

/** Groups words by their case-folded first code unit, keeping the longest-first order within each group. */
function byFoldedFirst(words: readonly string[]): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of words) {
    const k = foldCase(w.charCodeAt(0));
    let list = m.get(k);
    if (!list) m.set(k, (list = []));
    list.push(w);
  }
  return m;
}

/**
 * The verb matcher of an alphabetic language: an optional adverb before (`Also`, `Further`) then a verb of
 * either list (the longest first), or a verb then adverbs after (`Recalling also`, `Rappelant également`,
 * `напоминая также`, `وإذ تشير كذلك`), each in the data's order.
 */
export function alphabeticVerbAt(data: LanguageData, options: AlphabeticOptions = {}): VerbAt {
  const verbs = [...new Set([...data.preambularVerbs, ...data.operativeVerbs])].sort((a, b) => b.length - a.length);
  const adverbsBefore = data.adverbsBefore.slice().sort((a, b) => b.length - a.length);
  const after = data.adverbsAfter.map((a) => ' ' + a);
  const verbsByFirst = byFoldedFirst(verbs);
  const caselessStart = !!options.caselessStart;
  return (text, pos, afterLead = false) => {
    const c0 = text.charCodeAt(pos);
    if (!isAlphabeticLetter(c0)) return 0;
    const candidates = verbsByFirst.get(foldCase(c0));
    for (const adv of adverbsBefore) {
      const spaced = adv + ' ';
      if (text.startsWith(spaced, pos) || (caselessStart && (text.startsWith(lowerFirst(spaced), pos) || text.startsWith(upperFirst(spaced), pos)))) {
        const rest = pos + spaced.length;
        for (const v of verbsByFirst.get(foldCase(text.charCodeAt(rest))) ?? []) {
          if (wordAt(text, v, rest, true)) return rest + v.length - pos;
        }
      }
    }
    for (const v of candidates ?? []) {
      if (wordAt(text, v, pos, afterLead || caselessStart)) {
        let end = pos + v.length;
        for (const adv of after) if (wordAt(text, adv, end, false)) end += adv.length;
        return end - pos;
      }
    }
    return 0;
  };
}

export interface LeadingVerbParts {
  id: LanguageId;
  /** This language's own matcher. */
  verbAt: VerbAt;
  /** Languages whose verbs are also tried at the start (a Chinese draft quoting an English paragraph). */
  fallbacks: readonly LanguageId[];
  leads: readonly string[];
  /** A verb by its shape when the lexicon lacks it (English `Pays tribute`), tried after the lexicon. */
  shapeAt?: (text: string, pos: number) => number;
}

function isStartSpace(c: string): boolean {
  return c === ' ' || c === '\u3000' || c === '\u00a0';
}

/**
 * The leading verb of a paragraph's clean text: at the start (this language, then its fallbacks), by shape,
 * after a lead (`In this regard,`, `在这方面`), or at an emphasised run that begins within 12 characters.
 */
export function leadingVerbMatcher(parts: LeadingVerbParts): (text: string, hintStarts?: readonly number[]) => VerbMatch | undefined {
  const leads = parts.leads;
  return (text, hintStarts = []) => {
    let s = 0;
    while (s < text.length && isStartSpace(text[s])) s++;
    const at = (pos: number): number => {
      const own = parts.verbAt(text, pos);
      if (own) return own;
      for (const id of parts.fallbacks) {
        const m = ownMatchers.get(id)?.(text, pos);
        if (m) return m;
      }
      return 0;
    };
    const direct = at(s);
    if (direct) return { leadStart: s, verbStart: s, verbEnd: s + direct };
    const shaped = parts.shapeAt?.(text, s) ?? 0;
    if (shaped) return { leadStart: s, verbStart: s, verbEnd: s + shaped };
    for (const lead of leads) {
      if (text.startsWith(lead, s)) {
        let p = s + lead.length;
        while (p < text.length && (text[p] === ' ' || text[p] === '，' || text[p] === ',' || text[p] === '،' || text[p] === '\u00a0')) p++;
        const m = parts.verbAt(text, p, true);
        if (m) return { leadStart: s, verbStart: p, verbEnd: p + m };
      }
    }
    for (const h of hintStarts) {
      if (h <= s || h - s > 12) continue;
      const m = at(h);
      if (m) return { leadStart: s, verbStart: h, verbEnd: h + m };
    }
    return undefined;
  };
}

/** Skips spaces and emphasis marks after a verb: where the body starts. */
export function skipToBody(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 42 /* * */ || c === 95 /* _ */ || c === 0x3000 || c === 0xa0 || c === 10 || c === 13 || c === 0x202f) i++;
    else break;
  }
  return i;
}

/** Verb and body start of a clean text by a leading-verb matcher. */
export function splitBy(match: (text: string) => VerbMatch | undefined, text: string): VerbSplit {
  const m = match(text);
  if (!m) return { bodyStart: 0 };
  return { verb: text.slice(m.verbStart, m.verbEnd), bodyStart: skipToBody(text, m.verbEnd) };
}
