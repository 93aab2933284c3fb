/**
 * Technical updates in the agreed-language hover: a paragraph that differs from its agreed source
 * only by dates, session numbers and symbols (`2024` → `2025`, `第八十届` → `第八十一届`, `79/194` →
 * `80/118`) is agreed language "with technical updates", which negotiators skip; the hover says so
 * and lists those updates apart from the substantive changes. The classification is the Word
 * export's and the comparison's (negotiation/revisions.ts, negotiation/technicalUpdate.ts), so the
 * three agree on what is technical.
 */
import { format, type Locale, type Messages } from '../i18n';
import { hunksOf, revisionPieces, type RevisionHunk } from '../negotiation/revisions';
import { isTechnicalUpdate } from '../negotiation/technicalUpdate';
import { escapeMarkdown, truncate } from './text';

export const technicalMessages = {
  technicalHeading: { zh: '商定语言（含技术性更新）', en: 'Agreed language, with technical updates' },
  technicalUpdates: { zh: '技术性更新（日期、届会、文号）：{list}', en: 'Technical updates (dates, sessions, symbols): {list}' },
  substantiveChanges: { zh: '另有 {n} 处实质性改动', en: 'and {n} substantive {n:change|changes}' },
} satisfies Messages;

export interface UpdateSplit {
  technical: RevisionHunk[];
  substantive: RevisionHunk[];
}

/** The changes from the agreed text to the draft's, technical updates apart from the rest. */
export function splitUpdates(agreed: string, draft: string): UpdateSplit {
  const out: UpdateSplit = { technical: [], substantive: [] };
  for (const h of hunksOf(revisionPieces(agreed, draft))) (isTechnicalUpdate(h.from, h.to, h.after) ? out.technical : out.substantive).push(h);
  return out;
}

/** Differs from the agreed text by technical updates only. */
export function onlyTechnical(s: UpdateSplit): boolean {
  return s.technical.length > 0 && s.substantive.length === 0;
}

/** `2020 → 2024, 75/202 → 79/194` (at most six, then `…`). */
function listOf(loc: Locale, hunks: readonly RevisionHunk[]): string {
  const items = hunks.slice(0, 6).map((h) => `${truncate(h.from.trim(), 40) || '∅'} → ${truncate(h.to.trim(), 40) || '∅'}`);
  return items.join(loc === 'zh' ? '；' : '; ') + (hunks.length > 6 ? ' …' : '');
}

/** The hover line naming a source's technical updates (and how many substantive changes remain); undefined when there is none. */
export function technicalLine(loc: Locale, s: UpdateSplit): string | undefined {
  if (!s.technical.length) return undefined;
  const line = format(loc, technicalMessages.technicalUpdates, { list: escapeMarkdown(listOf(loc, s.technical)) });
  const rest = s.substantive.length ? `${loc === 'zh' ? '；' : '; '}${format(loc, technicalMessages.substantiveChanges, { n: s.substantive.length })}` : '';
  return `_${line}${rest}_`;
}
