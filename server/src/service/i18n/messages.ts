/** Message tables: one per locale, template by id, joined into messages by id. */
import { LOCALES, type Locale } from './locale';

/** One message in every locale. */
export type Message = Readonly<Record<Locale, string>>;

export type Messages<K extends string = string> = Record<K, Message>;

/** A module's messages in one locale: template by id. */
export type MessageTable<K extends string = string> = Readonly<Record<K, string>>;

/** A module's tables, one per locale; English names the ids, every other locale must have each of them. */
export type MessageTables<K extends string = string> = Readonly<Record<Locale, MessageTable<K>>>;

/**
 * The tables of one module (one per locale) → its messages by id, each with its template in every
 * locale: `messagesById({ en: { more: '…' }, zh: { more: '…' }, … }).more.fr`.
 */
export function messagesById<K extends string>(tables: MessageTables<K>): Messages<K> {
  const out = {} as Record<K, Record<Locale, string>>;
  for (const id of Object.keys(tables.en) as K[]) {
    const message = {} as Record<Locale, string>;
    for (const locale of LOCALES) message[locale] = tables[locale][id] ?? tables.en[id];
    out[id] = message;
  }
  return out;
}
