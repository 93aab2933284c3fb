/**
 * A synthetic agreed-language evaluation for one language, like the Chinese one in
 * test/unit/evaluation/agreed-language.test.ts: paragraphs of an adopted precedent edited in known
 * ways, so the truth is known by construction.
 *
 * Kinds (each `variants` times per precedent paragraph of 80 characters of body or more, with
 * different random choices):
 * - `substitute`: one word of the body replaced by another (near);
 * - `drop clause`: one short clause (at most a fifth of the body, never the first) dropped (near);
 * - `add words`: a few words added at a clause boundary (near);
 * - `change verb`: the leading verb replaced by another of the same lexicon, the body kept (exact);
 * - `embed span`: a span of 8–14 whole words (at least 50 characters) of the body inside a new
 *   paragraph (partial), with its position — about what the Chinese evaluation's 20–40 characters
 *   carry, since a Chinese text is about a third as long in characters as its French or Russian;
 *   never more than half the body (most of a paragraph inside new text is a deviation, not partial reuse);
 * - `insert clause (start|middle|end)`: a clause of 20–80 characters, whole words taken from a new
 *   paragraph, added to the whole body (near), with the clause;
 * - `new text`: the new paragraphs as they are (new).
 * Words are runs of letters, digits and inner apostrophes or hyphens (`\p{L}\p{N}`), so the edits cut
 * Arabic, Cyrillic and accented Latin text at word boundaries, never inside a word.
 */
import type { LanguageData } from '../../server/src/service/language/data/types';

export type Expect = 'exact' | 'near' | 'partial' | 'new';

export interface SynthSource {
  /** Index of the paragraph in its corpus document (`CorpusParagraph.index`). */
  index: number;
  kind: 'preambular' | 'operative' | 'subparagraph' | string;
  text: string;
  verb?: string;
  bodyStart: number;
}

export interface SynthCase {
  kind: string;
  text: string;
  verb?: string;
  bodyStart: number;
  expect: Expect;
  /** The precedent paragraph it was made from. */
  source?: number;
  /** For `embed span`: where the span stands in `text` (UTF-16 offsets). */
  span?: [number, number];
  /** For `insert clause`: the clause added. */
  inserted?: string;
}

/** Per language: replacement words, words to add, new-text joiners. Plain words UN texts use. */
const WORDS: Record<string, { terms: string[]; added: string[] }> = {
  fr: { terms: ['durablement', 'pleinement', 'régionaux', 'concrètes', 'mondiale', 'efficaces'], added: ['de manière effective', 'en temps voulu', 'selon qu’il conviendra', 'dans toute la mesure possible'] },
  es: { terms: ['plenamente', 'regionales', 'concretas', 'mundial', 'eficaces', 'sostenibles'], added: ['de manera efectiva', 'oportunamente', 'según proceda', 'en la mayor medida posible'] },
  ru: { terms: ['полностью', 'региональные', 'конкретные', 'глобальные', 'эффективные', 'устойчивые'], added: ['в полной мере', 'своевременно', 'в надлежащих случаях', 'по мере возможности'] },
  ar: { terms: ['بالكامل', 'الإقليمية', 'الملموسة', 'العالمية', 'الفعالة', 'المستدامة'], added: ['على نحو فعال', 'في الوقت المناسب', 'حسب الاقتضاء', 'قدر الإمكان'] },
};

const WORD = /[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}’'\-/]*[\p{L}\p{N}\p{M}])?/gu;

function words(s: string): Array<{ start: number; end: number; w: string }> {
  return [...s.matchAll(WORD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, w: m[0] }));
}

/** Offsets just after each language comma (clause boundaries), with the space after it. */
function clauseStarts(s: string, comma: string): number[] {
  const out: number[] = [];
  for (let i = s.indexOf(comma); i >= 0; i = s.indexOf(comma, i + 1)) {
    let j = i + 1;
    while (s[j] === ' ') j++;
    if (j < s.length - 5) out.push(j);
  }
  return out;
}

function pick<T>(xs: T[], rand: () => number): T {
  return xs[Math.floor(rand() * xs.length)];
}

/** The closing mark of a paragraph body (`,` `;` `.` `:` and their Arabic forms, with any space before). */
const END = /[\s\u00a0\u202f]*[,;.:،؛]$/u;

export function synthAgreedCases(data: LanguageData, sources: SynthSource[], fresh: string[], rand: () => number, variants = 3): SynthCase[] {
  const lang = WORDS[data.id];
  if (!lang) throw new Error(`no synthetic word lists for ${data.id}`);
  const comma = data.endings.preambular;
  const sep = data.direction === 'rtl' ? `${comma} ` : `${comma} `;
  const cases: SynthCase[] = [];
  const usable = sources.filter((p) => p.verb && p.text.length - p.bodyStart >= 80);
  for (const p of usable) {
    const verb = p.verb!;
    const head = p.text.slice(0, p.bodyStart);
    const body = p.text.slice(p.bodyStart);
    const core = body.replace(END, '');
    const end = body.slice(core.length);
    const withBody = (b: string) => ({ text: head + b, verb, bodyStart: p.bodyStart });
    const ws = words(core).filter((w) => w.w.length >= 4 && !/[0-9]/.test(w.w));
    const lexicon = p.kind === 'preambular' ? data.preambularVerbs : data.operativeVerbs;
    for (let v = 0; v < variants; v++) {
      // 1. one word substituted
      const w = pick(ws, rand);
      const term = pick(lang.terms.filter((t) => t !== w.w), rand);
      cases.push({ kind: 'substitute', ...withBody(core.slice(0, w.start) + term + core.slice(w.end) + end), expect: 'near', source: p.index });
      // 2. a short clause dropped
      const bounds = [0, ...clauseStarts(core, comma)];
      const clauses = bounds.map((s, i) => ({ s, e: i + 1 < bounds.length ? bounds[i + 1] : core.length })).filter((c, i) => i > 0 && c.e - c.s <= core.length * 0.2);
      if (clauses.length) {
        const c = pick(clauses, rand);
        const kept = c.e === core.length ? core.slice(0, c.s).replace(new RegExp(`[\\s${comma}]+$`, 'u'), '') : core.slice(0, c.s) + core.slice(c.e);
        cases.push({ kind: 'drop clause', ...withBody(kept + end), expect: 'near', source: p.index });
      }
      // 3. words added at a clause boundary (or after a word in the middle)
      const starts = clauseStarts(core, comma);
      const at = starts.length ? pick(starts, rand) : words(core)[Math.floor(words(core).length / 2)].start;
      cases.push({ kind: 'add words', ...withBody(core.slice(0, at) + pick(lang.added, rand) + sep + core.slice(at) + end), expect: 'near', source: p.index });
      // 5. a span of whole words inside a new paragraph
      const all = words(core);
      const n = 8 + Math.floor(rand() * 7);
      let i0 = Math.floor(rand() * Math.max(1, all.length - n));
      let i1 = Math.min(all.length - 1, i0 + n - 1);
      while (all[i1].end - all[i0].start < 50 && i1 < all.length - 1) i1++;
      while (all[i1].end - all[i0].start < 50 && i0 > 0) i0--;
      // not most of the source paragraph: a span that is nearly all of it is a deviation (near), not partial reuse
      while (all[i1].end - all[i0].start > core.length * 0.5 && i1 - i0 > 7) i1--;
      if (all[i1].end - all[i0].start > core.length * 0.5 || all[i1].end - all[i0].start < 50) continue;
      const span = core.slice(all[i0].start, all[i1].end);
      const host = pick(fresh, rand);
      const hs = clauseStarts(host, comma).filter((x) => x > host.length / 4);
      const pos = hs.length ? hs[0] : host.length;
      const glue = hs.length ? sep : `${sep}`;
      const text = hs.length ? host.slice(0, pos) + span + glue + host.slice(pos) : host.replace(END, '') + glue + span + end;
      const start = hs.length ? pos : host.replace(END, '').length + glue.length;
      cases.push({ kind: 'embed span', text, bodyStart: 0, expect: 'partial', source: p.index, span: [start, start + span.length] });
    }
    // 4. the verb changed, the body kept
    const others = lexicon.filter((x) => x !== verb && !x.startsWith(verb) && !verb.startsWith(x));
    const other = pick(others, rand);
    // keep the head's own prefix (Arabic `وإذ` / `إذ`) and markup around the verb
    const at = head.lastIndexOf(verb);
    const newHead = at >= 0 ? head.slice(0, at) + other + head.slice(at + verb.length) : other + ' ';
    cases.push({ kind: 'change verb', text: newHead + body, verb: other, bodyStart: newHead.length, expect: 'exact', source: p.index });
    // 6. a clause of new words inserted at the start, in the middle or at the end
    for (const where of ['start', 'middle', 'end'] as const) {
      const host = pick(fresh, rand);
      const hw = words(host);
      const k0 = Math.floor(rand() * Math.max(1, hw.length - 6));
      let k1 = k0 + 2;
      const want = 20 + Math.floor(rand() * 61);
      while (k1 < hw.length - 1 && hw[k1].end - hw[k0].start < want) k1++;
      const clause = host.slice(hw[k0].start, hw[k1].end);
      if (clause.length < 20 || clause.length > 90) continue;
      let b: string;
      if (where === 'start') b = clause + sep + core + end;
      else if (where === 'end') b = core + sep + clause + end;
      else {
        const cs = clauseStarts(core, comma).filter((x) => x > 5 && x < core.length - 5);
        const m = cs.length ? pick(cs, rand) : words(core)[Math.floor(words(core).length / 2)].start;
        b = core.slice(0, m) + clause + sep + core.slice(m) + end;
      }
      cases.push({ kind: `insert clause (${where})`, ...withBody(b), expect: 'near', source: p.index, inserted: clause });
    }
  }
  for (const text of fresh) cases.push({ kind: 'new text', text, bodyStart: 0, expect: 'new' });
  return cases;
}
