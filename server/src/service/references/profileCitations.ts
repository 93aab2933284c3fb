/**
 * Resolution citations as the other official languages write them, read by each language profile's
 * citation pattern (`language/data/<id>.ts`): `résolution 70/1 du 25 septembre 2015`,
 * `resolución 70/1, de 25 de septiembre de 2015`, `резолюция 70/1 от 25 сентября 2015 года`,
 * `القرار 70/1 المؤرخ 25 أيلول/سبتمبر 2015`. Chinese and English keep their hand-written scanners
 * (citations.ts). Each pattern names its language's own word for "resolution", so running them all
 * over a text finds only the citations of the language it is written in.
 */
import { listProfiles } from '../language/registry';
import type { FoundReference } from './find';

/** The profiles with a citation pattern of their own (not zh/en, which citations.ts reads). */
const OWN = new Set(['zh', 'en']);

function iso(d: { year: number; month: number; day: number }): string | undefined {
  if (!(d.year >= 1945 && d.year <= 2200 && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31)) return undefined;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Digits as ASCII (Arabic-Indic and extended Arabic-Indic digits folded), so `٧٠/١` is `70/1`. */
function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => String((c.charCodeAt(0) & 0xf) % 10));
}

/**
 * Dated resolution citations of the fr/es/ru/ar profiles in `text` (clean text), as references with
 * one entry each; those overlapping `taken` (spans already read as citations) are left out.
 */
export function profileCitations(text: string, taken: ReadonlyArray<{ start: number; end: number }>): FoundReference[] {
  const out: FoundReference[] = [];
  for (const profile of listProfiles()) {
    if (OWN.has(profile.id)) continue;
    for (const hit of profile.findCitations(text)) {
      if (taken.some((t) => t.start < hit.end && hit.start < t.end)) continue;
      if (out.some((t) => t.span.start < hit.end && hit.start < t.span.end)) continue;
      const number = asciiDigits(hit.symbol).replace(/^[AE]\/RES\//, '').replace(/\s+/g, ' ');
      const date = hit.date ? iso(hit.date) : undefined;
      out.push({
        kind: 'resolution',
        raw: text.slice(hit.start, hit.end),
        span: { start: hit.start, end: hit.end },
        entries: [{ span: { start: hit.start, end: hit.end }, number, ...(date ? { date } : {}) }],
      });
    }
  }
  return out;
}
