/**
 * The size limit, the same for the server as for the CLI (`DEFAULT_MAX_BYTES`, 8 MB of UTF-8). The CLI
 * refuses a larger file; an editor already holds the text, so the service checks it anyway but only for
 * structure (numbering, punctuation, footnotes), without the reference and agreed-language passes, and
 * says so in one finding at the top.
 */
import { format, messagesById, type Locale, type MessageTables } from './i18n';
import type { ServiceDiagnostic } from './model';
import { DIAGNOSTIC_SOURCE, severityFor, type ServiceSettings } from './options';
import { DEFAULT_MAX_BYTES, formatBytes } from './text/encoding';

/** The finding, one table per locale. */
export const sizeLimitMessageTables: MessageTables<'tooLarge' | 'tooLargeToCheck'> = {
  en: {
    tooLarge: 'This document is {size}, past the {limit} limit: only its structure is checked (numbering, punctuation, footnotes), not references or agreed language',
    tooLargeToCheck: 'This document is {size}, past {ceiling}: it is not checked at all (the structure checks stop at {ceiling}, the reference and agreed-language checks at {limit})',
  },
  zh: {
    tooLarge: '文档大小 {size}，超过 {limit} 的上限：只检查结构（编号、标点、脚注），不检查引文和商定语文',
    tooLargeToCheck: '文档大小 {size}，超过 {ceiling}：不作任何检查（结构检查以 {ceiling} 为限，引文和商定语文检查以 {limit} 为限）',
  },
  fr: {
    tooLarge: 'Ce document fait {size} et dépasse la limite de {limit} : seule sa structure est vérifiée (numérotation, ponctuation, notes), pas les références ni le libellé convenu',
    tooLargeToCheck: 'Ce document fait {size} et dépasse {ceiling} : il n’est pas vérifié du tout (la structure est vérifiée jusqu’à {ceiling}, les références et le libellé convenu jusqu’à {limit})',
  },
  es: {
    tooLarge: 'Este documento ocupa {size} y supera el límite de {limit}: solo se revisa su estructura (numeración, puntuación, notas), no las referencias ni el lenguaje convenido',
    tooLargeToCheck: 'Este documento ocupa {size} y supera {ceiling}: no se revisa en absoluto (la estructura se revisa hasta {ceiling}; las referencias y el lenguaje convenido, hasta {limit})',
  },
  ru: {
    tooLarge: 'Размер документа {size} превышает предел {limit}: проверяется только структура (нумерация, знаки препинания, сноски), но не ссылки и не согласованные формулировки',
    tooLargeToCheck: 'Размер документа {size} превышает {ceiling}: документ не проверяется (структура проверяется до {ceiling}, ссылки и согласованные формулировки — до {limit})',
  },
  ar: {
    tooLarge: 'حجم هذه الوثيقة {size}، وهو يتجاوز الحد البالغ {limit}: لا تُفحص إلا بنيتها (الترقيم وعلامات الترقيم والحواشي)، دون الإحالات أو الصيغ المتفق عليها',
    tooLargeToCheck: 'حجم هذه الوثيقة {size}، وهو يتجاوز {ceiling}: لا تُفحص على الإطلاق (تُفحص البنية حتى {ceiling}، والإحالات والصيغ المتفق عليها حتى {limit})',
  },
};

const messages = messagesById(sizeLimitMessageTables);

/**
 * Past this many times the limit (32 MB by default) a text is not parsed at all: parsing is linear, but its
 * working memory is not small (a 20 MB draft of short lines took the server to 0.75 GB), and an editor
 * other than VS Code (which keeps files over 50 MB from extensions) may send anything.
 */
export const CHECK_CEILING_FACTOR = 4;

/**
 * Whether a text is past the ceiling by its length alone, without a scan (every UTF-16 unit is a byte or
 * more of UTF-8): what the server asks before sending a text to its worker. A text of CJK characters may be
 * past it with fewer units; `measureText` tells exactly.
 */
export function surelyPastCheckCeiling(text: string, maxBytes = DEFAULT_MAX_BYTES): boolean {
  return text.length > maxBytes * CHECK_CEILING_FACTOR;
}

/** UTF-8 length of a text, stopping once past `stopAfter`. */
export function utf8Length(text: string, stopAfter = Infinity): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= stopAfter; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Whether a text is past the limit (its UTF-8 size, as the CLI counts a file's bytes). */
export function overSizeLimit(text: string, maxBytes = DEFAULT_MAX_BYTES): boolean {
  // Three bytes a UTF-16 unit at most: a short text needs no count.
  return text.length * 3 > maxBytes && utf8Length(text, maxBytes) > maxBytes;
}

/** Which limits a text passes, and its UTF-8 size when it passes the limit (for the finding's message). */
export interface TextSize {
  /** Counted only past the limit: a shorter text is not scanned. */
  bytes?: number;
  /** Past the size limit: structure checks only. */
  pastLimit: boolean;
  /** Past the ceiling (`CHECK_CEILING_FACTOR` times the limit): not parsed. */
  pastCeiling: boolean;
}

/**
 * Measures a text in one scan at most, and none for a text too short to pass the limit whatever its
 * characters (three bytes a UTF-16 unit at most): the analysis of every keystroke asks.
 */
export function measureText(text: string, maxBytes = DEFAULT_MAX_BYTES): TextSize {
  if (text.length * 3 <= maxBytes) return { pastLimit: false, pastCeiling: false };
  const bytes = utf8Length(text);
  return { bytes, pastLimit: bytes > maxBytes, pastCeiling: bytes > maxBytes * CHECK_CEILING_FACTOR };
}

/** The finding that says a document is past the limit (or the ceiling) and what is still checked. */
export function sizeLimitFinding(size: TextSize, settings: ServiceSettings, maxBytes = DEFAULT_MAX_BYTES): ServiceDiagnostic | undefined {
  const severity = severityFor(settings, 'input-problem');
  if (severity === undefined || !size.pastLimit) return undefined;
  const locale: Locale = settings.locale;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    span: { start: 0, end: 0 },
    severity,
    code: 'input-problem',
    source: DIAGNOSTIC_SOURCE,
    message: size.pastCeiling
      ? format(locale, messages.tooLargeToCheck, { size: formatBytes(size.bytes ?? 0), ceiling: formatBytes(maxBytes * CHECK_CEILING_FACTOR), limit: formatBytes(maxBytes) })
      : format(locale, messages.tooLarge, { size: formatBytes(size.bytes ?? 0), limit: formatBytes(maxBytes) }),
    data: { problem: 'too-large' },
  };
}
