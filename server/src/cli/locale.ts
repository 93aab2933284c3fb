/** The message language of a command: the `--locale` option's value, else the environment's. */
import { isLocale, localeFromTag, type Locale } from '../service/i18n';

/**
 * The locale a `--locale` value names, undefined when it names none: zh, fr-CA, es_419, ar-EG …,
 * the language part names the locale, in any case.
 */
export function localeOption(value: string): Locale | undefined {
  const language = /^([a-z]{2})(?![a-z])/.exec(value.toLowerCase())?.[1];
  return isLocale(language) ? language : undefined;
}

/** The message language from the environment, POSIX order: LC_ALL, LC_MESSAGES, LANG. */
export function localeFromEnv(env: Record<string, string | undefined>): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  // POSIX tags write zh_CN.UTF-8; the i18n helper expects BCP 47 (zh-CN).
  return localeFromTag(tag?.replace(/_/g, '-'));
}
