/**
 * Filling in message templates.
 *
 * `{name}` is replaced by the argument `name`; a placeholder without an argument is left as written.
 * `{count, plural, =0 {none} one {# source} few {# источника} other {# sources}}` (the plural form of
 * ICU MessageFormat) picks the branch `=N` equal to the number, else the branch named by the plural
 * category `Intl.PluralRules` gives the number in the locale (Arabic: zero, one, two, few, many,
 * other; Russian: one, few, many, other; French: one for 0 and 1), else `other`. In a branch `#`
 * is the number and `{name}` placeholders work as outside.
 */
import type { Locale } from './locale';

export type Args = Record<string, string | number>;

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The plural category of a number in a locale ('one', 'few', …). */
export function pluralCategory(locale: Locale, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

/** Fills in a message's template in a locale; a locale without a template falls back to English. */
export function format(locale: Locale, message: Partial<Record<Locale, string>>, args: Args = {}): string {
  const template = message[locale] ?? message.en ?? '';
  return render(locale, template, args, undefined);
}

/** Index of the `}` closing the `{` at `open`, or -1. */
function closing(t: string, open: number): number {
  let depth = 0;
  for (let i = open; i < t.length; i++) {
    if (t[i] === '{') depth++;
    else if (t[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

const PLURAL = /^\s*(\w+)\s*,\s*plural\s*,/;

interface Branch {
  selector: string;
  text: string;
}

/** The branches of a plural placeholder's body (after `name, plural,`); undefined when malformed. */
function branches(body: string): Branch[] | undefined {
  const out: Branch[] = [];
  let i = 0;
  while (i < body.length) {
    const m = /^\s*(=\d+|[a-z]+)\s*\{/.exec(body.slice(i));
    if (!m) return body.slice(i).trim() === '' ? out : undefined;
    const open = i + m[0].length - 1;
    const end = closing(body, open);
    if (end < 0) return undefined;
    out.push({ selector: m[1], text: body.slice(open + 1, end) });
    i = end + 1;
  }
  return out;
}

function render(locale: Locale, t: string, args: Args, hash: string | undefined): string {
  let out = '';
  let i = 0;
  while (i < t.length) {
    const c = t[i];
    if (c === '#' && hash !== undefined) {
      out += hash;
      i++;
      continue;
    }
    const end = c === '{' ? closing(t, i) : -1;
    if (end < 0) {
      out += c;
      i++;
      continue;
    }
    out += placeholder(locale, t.slice(i, end + 1), args, hash);
    i = end + 1;
  }
  return out;
}

function placeholder(locale: Locale, whole: string, args: Args, hash: string | undefined): string {
  const inner = whole.slice(1, -1);
  const has = (name: string) => Object.prototype.hasOwnProperty.call(args, name);
  const simple = /^\s*(\w+)\s*$/.exec(inner);
  if (simple) return has(simple[1]) ? String(args[simple[1]]) : whole;
  const plural = PLURAL.exec(inner);
  if (!plural || !has(plural[1])) return whole;
  const n = Number(args[plural[1]]);
  const options = branches(inner.slice(plural[0].length));
  if (!options || !Number.isFinite(n)) return whole;
  const category = pluralCategory(locale, n);
  const chosen =
    options.find((b) => b.selector === `=${n}`) ?? options.find((b) => b.selector === category) ?? options.find((b) => b.selector === 'other');
  return chosen ? render(locale, chosen.text, args, String(args[plural[1]])) : whole;
}

/**
 * Visits every placeholder of a template, those inside plural branches included: `visit` gets the simple
 * argument name, or the plural's name with its branches (undefined when malformed).
 */
function eachPlaceholder(template: string, visit: (name: string, plural?: { branches: ReturnType<typeof branches> }) => void): void {
  const walk = (t: string) => {
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== '{') continue;
      const end = closing(t, i);
      if (end < 0) return;
      const inner = t.slice(i + 1, end);
      const simple = /^\s*(\w+)\s*$/.exec(inner);
      const plural = PLURAL.exec(inner);
      if (simple) visit(simple[1]);
      else if (plural) {
        const bs = branches(inner.slice(plural[0].length));
        visit(plural[1], { branches: bs });
        for (const b of bs ?? []) walk(b.text);
      }
      i = end;
    }
  };
  walk(template);
}

/** The argument names a template uses, plural arguments and those inside branches included. */
export function placeholders(template: string): Set<string> {
  const names = new Set<string>();
  eachPlaceholder(template, (name) => names.add(name));
  return names;
}

/** The plural placeholders of a template: argument name and branch selectors (`one`, `few`, `=0` …); `selectors` is undefined when malformed. */
export function pluralBranches(template: string): Array<{ name: string; selectors: string[] | undefined }> {
  const out: Array<{ name: string; selectors: string[] | undefined }> = [];
  eachPlaceholder(template, (name, plural) => {
    if (plural) out.push({ name, selectors: plural.branches?.map((b) => b.selector) });
  });
  return out;
}
