/** The locales of messages: the six official languages of the United Nations. */
export const LOCALES = ['zh', 'en', 'fr', 'es', 'ru', 'ar'] as const;

export type Locale = (typeof LOCALES)[number];

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/**
 * Chooses a locale from an editor or POSIX locale tag: zh, zh-cn, zh-Hans-CN, zh_CN.UTF-8 … → zh;
 * fr-CA, es_419, ru_RU.UTF-8, ar-EG … → fr, es, ru, ar; anything else → en.
 */
export function localeFromTag(tag: string | undefined | null): Locale {
  const m = typeof tag === 'string' ? /^([a-z]{2})(?:[-_.@]|$)/i.exec(tag.trim()) : null;
  const language = m?.[1].toLowerCase();
  return isLocale(language) ? language : 'en';
}

/**
 * Corpus records keep a Chinese and an English form of citations and paragraph labels (`{ zh, en }`):
 * which of the two a locale shows. Only Chinese reads the Chinese form; the other locales read the
 * Latin-script one, as symbols and file names are written.
 */
export function storedLocale(locale: Locale): 'zh' | 'en' {
  return locale === 'zh' ? 'zh' : 'en';
}
