/** The messages of agreed-language diagnostics: the best source, its changes (long quotes abbreviated), how many more. */
import { format, storedLocale, type Locale } from '../i18n';
import { paragraphLabel } from '../i18n/citations';
import type { Change } from './change';
import { matchingMessages as M } from './messages';
import type { AgreedSource } from './types';

/**
 * Quoted text longer than this is abbreviated in messages: its start, “…”, its end. Characters
 * for Chinese; Latin text (longer words) gets twice as many, cut at spaces.
 */
const MAX_QUOTE_CHARS = 28;
const QUOTE_HEAD = 14;
const QUOTE_TAIL = 10;

/**
 * A long quote shortened to its start and end (`并注意到妇女地位委员会第六…和女童的权能”的结论`),
 * cut at spaces in Latin text. The full text stays in the diagnostic's data.
 */
export function abbreviate(s: string): string {
  const latin = /[A-Za-z]{2}/.test(s);
  const k = latin ? 2 : 1;
  const chars = [...s];
  if (chars.length <= MAX_QUOTE_CHARS * k) return s;
  let head = chars.slice(0, QUOTE_HEAD * k).join('');
  let tail = chars.slice(-QUOTE_TAIL * k).join('');
  if (latin) {
    // whole words: up to the end of the word the cut falls in
    const h = s.indexOf(' ', head.length);
    if (h > 0 && h <= head.length + 12) head = s.slice(0, h);
    const t = s.lastIndexOf(' ', s.length - tail.length);
    if (t >= s.length - tail.length - 12 && t + 1 > head.length) tail = s.slice(t + 1);
  }
  return `${head.trimEnd()}…${tail.trimStart()}`;
}

/** A change written out for a message (long quotes abbreviated). */
function describeChange(locale: Locale, c: Change): string {
  const from = abbreviate(c.from ?? '');
  const to = abbreviate(c.to ?? '');
  switch (c.kind) {
    case 'changed':
      return format(locale, M.changed, { from, to });
    case 'added':
      return format(locale, M.added, { to });
    case 'removed':
      return format(locale, M.removed, { from });
    case 'verb':
      return format(locale, M.verb, { from, to });
  }
}

/** Changes listed in a message (in text order); beyond them “and N more changes” (never “1 more”). */
const MAX_CHANGES_IN_MESSAGE = 3;

/** The message of an agreed-language diagnostic for its best source. */
export function sourceMessage(locale: Locale, status: 'exact' | 'near' | 'partial', src: AgreedSource, more: number): string {
  const year = src.date ? src.date.slice(0, 4) : '';
  const label = paragraphLabel(locale, src.paragraph, src.paragraphText?.zh);
  const symbol = src.citation ? src.citation[storedLocale(locale)] : src.symbol;
  const sep = M.changeSeparator[locale];
  const verbChanges = src.changes.filter((c) => c.kind === 'verb');
  const wordChanges = src.changes.filter((c) => c.kind !== 'verb');
  const fits = wordChanges.length <= MAX_CHANGES_IN_MESSAGE + 1;
  const shown = (fits ? wordChanges : wordChanges.slice(0, MAX_CHANGES_IN_MESSAGE)).map((c) => describeChange(locale, c));
  if (!fits) shown.push(format(locale, M.moreChanges, { count: wordChanges.length - MAX_CHANGES_IN_MESSAGE }));
  let msg: string;
  if (status === 'near') {
    msg = format(locale, year ? M.near : M.nearNoYear, { symbol, label, year, changes: shown.join(sep) || describeChange(locale, { kind: 'changed', from: '', to: '' }) });
  } else {
    msg = format(locale, status === 'exact' ? (year ? M.exact : M.exactNoYear) : year ? M.partial : M.partialNoYear, { symbol, label, year });
    if (status === 'partial' && shown.length > 0) msg += M.changesIntro[locale] + shown.join(sep);
  }
  for (const v of verbChanges) msg += sep + describeChange(locale, v);
  if (more > 0) msg += format(locale, M.more, { count: more });
  return msg;
}
