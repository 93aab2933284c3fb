/**
 * Message localisation for the pure service, in the six UN languages.
 *
 * Each module keeps its messages next to its code, as one table per locale (`{ en, zh, fr, es, ru,
 * ar }`, template by message id) joined by `messagesById`; `i18n/catalog.ts` lists the modules so a
 * test can hold every locale to every id. This module picks the locale and fills in the arguments.
 *
 * Templates: `{name}` is an argument; `{count, plural, one {# source} other {# sources}}` chooses a
 * branch by the plural category `Intl.PluralRules` gives the number in the locale (`=0 {…}` matches a
 * number exactly; `#` is the number).
 */
export { LOCALES, isLocale, localeFromTag, storedLocale, type Locale } from './locale';
export { format, placeholders, pluralBranches, pluralCategory } from './format';
export { messagesById, type Message, type MessageTable, type MessageTables, type Messages } from './messages';
