/**
 * The registered language profiles: get one by id, list them, tell a text's language.
 */
import { arProfile } from './ar';
import type { LanguageId } from './data/types';
import { enProfile } from './en';
import { esProfile } from './es';
import { frProfile } from './fr';
import { ruProfile } from './ru';
import { countScripts } from './script';
import type { LanguageProfile } from './types';
import { zhProfile } from './zh';

/** Registration order: the order `listProfiles` gives, and the order ties go in detection. */
const PROFILES: readonly LanguageProfile[] = [zhProfile, enProfile, frProfile, esProfile, ruProfile, arProfile];
const BY_ID = new Map<string, LanguageProfile>(PROFILES.map((p) => [p.id, p]));

export const LANGUAGE_IDS: readonly LanguageId[] = PROFILES.map((p) => p.id);

export function isLanguageId(s: unknown): s is LanguageId {
  return typeof s === 'string' && BY_ID.has(s);
}

/** The profile of a language id; Chinese for an unknown id (the service's first language). */
export function getProfile(id: LanguageId | string | undefined): LanguageProfile {
  return (id && BY_ID.get(id)) || zhProfile;
}

export function listProfiles(): readonly LanguageProfile[] {
  return PROFILES;
}

/**
 * A language id from a tag as people write it in front matter, manifests or document properties
 * (`zh`, `zh-CN`, `en-GB`, `fr`, `français`, `Russian`, `ar-SA`): undefined when it names no registered language.
 */
export function languageFromTag(tag: string | undefined | null): LanguageId | undefined {
  if (!tag) return undefined;
  const t = tag.trim().toLowerCase();
  const m = /^([a-z]{2})(?:[-_.@]|$)/.exec(t);
  if (m && BY_ID.has(m[1])) return m[1] as LanguageId;
  for (const p of PROFILES) if (p.data.endonym.toLowerCase() === t) return p.id;
  const names: Record<string, LanguageId> = { chinese: 'zh', english: 'en', french: 'fr', spanish: 'es', russian: 'ru', arabic: 'ar' };
  const n = names[t];
  return n && BY_ID.has(n) ? n : undefined;
}

/** Lines looked at when telling the Latin-script languages apart. */
const LATIN_LINES = 400;

/**
 * Evidence that a Latin-script text is in one language: lines that open with one of its verbs or are one
 * of its organ lines, and its words for "resolution" and "decision" (`résolution`, `resolución`).
 */
function latinScore(p: LanguageProfile, lines: readonly string[], text: string): number {
  let score = 0;
  for (const line of lines) {
    const s = line.replace(/^(?:\d{1,3}\s*[.．]\s+|[*_#>\s]+)+/, '');
    if (!s) continue;
    if (p.verbAt(s, 0)) score++;
    else if (p.readOrgan(s.replace(/[*_]+/g, '').trim())) score += 2;
  }
  const re = citationWords(p);
  re.lastIndex = 0;
  let n = 0;
  while (n < 50 && re.exec(text)) n++;
  return score + n;
}

const wordPatterns = new Map<string, RegExp>();

/** The language's words for "resolution" and "decision" as whole words, compiled once. */
function citationWords(p: LanguageProfile): RegExp {
  let re = wordPatterns.get(p.id);
  if (!re) {
    const words = [...p.data.citation.resolution, ...p.data.citation.decision].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'gu');
    wordPatterns.set(p.id, re);
  }
  return re;
}

function detectLatin(text: string, latinLetters: number, accented: number): LanguageId {
  // French and Spanish texts write accents (é, è, à, ó, ñ) in nearly every line: about 2–4% of their letters.
  // English texts have a few in names (Côte d'Ivoire, Türkiye): under 0.5% is English, told without reading lines.
  if (accented * 200 < latinLetters) return 'en';
  const latin = PROFILES.filter((p) => p.id === 'en' || p.id === 'fr' || p.id === 'es');
  const sample = text.slice(0, 20000);
  const lines = sample.split(/\r\n|\r|\n/, LATIN_LINES);
  let best: LanguageId = 'en';
  let bestScore = 0;
  for (const p of latin) {
    const s = latinScore(p, lines, sample);
    // English wins ties: it is the one Latin-script language known before profiles, and must stay what it was.
    if (s > bestScore) {
      best = p.id;
      bestScore = s;
    }
  }
  return best;
}

/**
 * The language of a text over the registered profiles. Chinese when ideographs are at least a third of
 * the letters (as before profiles: a Chinese text quoting English stays Chinese); otherwise the script with
 * the most letters: Cyrillic → Russian, Arabic → Arabic, Latin → English, French or Spanish by their
 * verbs, organ lines and citation words (English when nothing tells). No letters at all: Chinese.
 */
export function detectLanguage(text: string): LanguageId {
  const c = countScripts(text);
  const letters = c.latin + c.cyrillic + c.arabic;
  if (c.han > 0 && c.han * 3 >= letters) return 'zh';
  if (letters === 0) return 'zh';
  if (c.cyrillic > c.latin && c.cyrillic >= c.arabic) return 'ru';
  if (c.arabic > c.latin && c.arabic > c.cyrillic) return 'ar';
  return detectLatin(text, c.latin, c.accented);
}
