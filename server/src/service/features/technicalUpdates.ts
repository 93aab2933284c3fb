/**
 * Technical updates in the agreed-language hover: a paragraph that differs from its agreed source
 * only by dates, session numbers and symbols (`2024` → `2025`, `第八十届` → `第八十一届`, `79/194` →
 * `80/118`) is agreed language "with technical updates", which negotiators skip; the hover says so
 * and lists those updates apart from the substantive changes. The classification is the Word
 * export's and the comparison's (negotiation/revisions.ts, negotiation/technicalUpdate.ts), so the
 * three agree on what is technical.
 */
import { format, messagesById, type Locale, type MessageTable, type MessageTables } from '../i18n';
import { hunksOf, revisionPieces, type RevisionHunk } from '../negotiation/revisions';
import { isTechnicalUpdate } from '../negotiation/technicalUpdate';
import { escapeMarkdown, truncate } from './text';

const en = {
  technicalHeading: 'Agreed language, with technical updates',
  technicalUpdates: 'Technical updates (dates, sessions, symbols): {list}',
  substantiveChanges: 'and {n} substantive {n, plural, one {change} other {changes}}',
  listSeparator: '; ',
};

type Id = keyof typeof en;

const zh: MessageTable<Id> = {
  technicalHeading: '商定语言（含技术性更新）',
  technicalUpdates: '技术性更新（日期、届会、文号）：{list}',
  substantiveChanges: '另有 {n} 处实质性改动',
  listSeparator: '；',
};

const fr: MessageTable<Id> = {
  technicalHeading: 'Libellé convenu, avec des mises à jour techniques',
  technicalUpdates: 'Mises à jour techniques (dates, sessions, cotes)\u00a0: {list}',
  substantiveChanges: 'et {n, plural, one {# modification de fond} many {# de modifications de fond} other {# modifications de fond}}',
  listSeparator: '\u00a0; ',
};

const es: MessageTable<Id> = {
  technicalHeading: 'Lenguaje convenido, con actualizaciones técnicas',
  technicalUpdates: 'Actualizaciones técnicas (fechas, períodos de sesiones, signaturas): {list}',
  substantiveChanges: 'y {n, plural, one {# cambio sustantivo} many {# de cambios sustantivos} other {# cambios sustantivos}}',
  listSeparator: '; ',
};

const ru: MessageTable<Id> = {
  technicalHeading: 'Согласованная формулировка с техническими обновлениями',
  technicalUpdates: 'Технические обновления (даты, сессии, условные обозначения): {list}',
  substantiveChanges: 'и {n, plural, one {# существенное изменение} few {# существенных изменения} many {# существенных изменений} other {# существенного изменения}}',
  listSeparator: '; ',
};

const ar: MessageTable<Id> = {
  technicalHeading: 'صيغة متفق عليها، مع تحديثات تقنية',
  technicalUpdates: 'تحديثات تقنية (التواريخ والدورات والرموز): {list}',
  substantiveChanges: 'و{n, plural, zero {لا تغييرات موضوعية} one {تغيير موضوعي واحد} two {تغييران موضوعيان} few {# تغييرات موضوعية} many {# تغييراً موضوعياً} other {# تغيير موضوعي}}',
  listSeparator: '؛ ',
};

export const technicalMessageTables: MessageTables<Id> = { en, zh, fr, es, ru, ar };

export const technicalMessages = messagesById(technicalMessageTables);

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
  return items.join(technicalMessages.listSeparator[loc]) + (hunks.length > 6 ? ' …' : '');
}

/** The hover line naming a source's technical updates (and how many substantive changes remain); undefined when there is none. */
export function technicalLine(loc: Locale, s: UpdateSplit): string | undefined {
  if (!s.technical.length) return undefined;
  const line = format(loc, technicalMessages.technicalUpdates, { list: escapeMarkdown(listOf(loc, s.technical)) });
  const rest = s.substantive.length ? `${loc === 'zh' ? '；' : '; '}${format(loc, technicalMessages.substantiveChanges, { n: s.substantive.length })}` : '';
  return `_${line}${rest}_`;
}
