/**
 * Message localisation for the pure service. Each module keeps its own message
 * table (`Messages`) next to its code; this module only picks the language and
 * fills in the arguments.
 */
export type Locale = 'zh' | 'en';

export interface Message {
  zh: string;
  en: string;
}

export type Messages<K extends string = string> = Record<K, Message>;

/**
 * Chooses a locale from an editor or POSIX locale tag: zh, zh-cn, zh-Hans-CN, zh_CN.UTF-8 … → zh;
 * anything else → en.
 */
export function localeFromTag(tag: string | undefined | null): Locale {
  return tag && /^zh(?:[-_.@]|$)/i.test(tag.trim()) ? 'zh' : 'en';
}

/**
 * Replaces `{name}` placeholders with arguments. Unknown placeholders are left as they are.
 * `{name:one|other}` is a plural choice (English): `one` when the argument `name` is 1, `other`
 * otherwise, e.g. `{count} more {count:source|sources}`.
 */
export function format(locale: Locale, message: Message, args: Record<string, string | number> = {}): string {
  const template = message[locale];
  return template.replace(/\{(\w+)(?::([^{}|]*)\|([^{}|]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    if (!Object.prototype.hasOwnProperty.call(args, name)) return whole;
    if (one === undefined) return String(args[name]);
    return Number(args[name]) === 1 ? one : other ?? '';
  });
}
