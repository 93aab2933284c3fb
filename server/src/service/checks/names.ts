/** How the checks name a paragraph in a message: `执行部分第 70 段(b)分段`, `subparagraph (b) of operative paragraph 70`. */
import { format, type Locale } from '../i18n';
import type { Paragraph, Resolution } from '../model';
import { messages } from './messages';

/** The number as written without its trailing full stop: "4." → "4"; "(b)" stays "(b)". */
export function numberLabel(p: Paragraph): string {
  if (p.number) return p.number.text.replace(/[.．]\s*$/, '').trim();
  return String(p.ordinal);
}

/**
 * Names a paragraph. `ancestors` are its parents from the top-level paragraph
 * down (empty for a PP or OP).
 */
export function paragraphName(locale: Locale, res: Resolution, p: Paragraph, ancestors: Paragraph[] = []): string {
  let name: string;
  if (ancestors.length === 0) {
    name = topName(locale, p);
  } else {
    const top = ancestors[0];
    if (locale === 'zh') {
      // 执行部分第 70 段(b)㈡分段
      const base = topName(locale, top);
      const path = ancestors.slice(1).map(numberLabel).join('') + numberLabel(p);
      name = format(locale, messages.subparagraph, { parent: base, n: path });
    } else {
      // subparagraph (ii) of operative paragraph 70 (b)
      const base = topName(locale, top) + ancestors.slice(1).map((a) => ' ' + numberLabel(a)).join('');
      name = format(locale, messages.subparagraph, { parent: base, n: numberLabel(p) });
    }
  }
  if (res.embeddedLabel) name = format(locale, messages.embedded, { label: res.embeddedLabel, name });
  return name;
}

function topName(locale: Locale, p: Paragraph): string {
  if (p.kind === 'preambular') return format(locale, messages.preambular, { n: p.ordinal });
  if (p.kind === 'operative') return format(locale, messages.operative, { n: p.number ? p.number.value : p.ordinal });
  // report paragraphs and stray sub-paragraphs: use the citable label
  return p.label;
}
