/**
 * `--format text`: grouped by file, one line per diagnostic
 * (`line:col  severity  message  code`, 1-based like eslint's "stylish"),
 * columns aligned by display width (CJK characters count two), then a summary.
 * File names and messages (which quote corpus texts and their names) go through
 * `printable`: no control sequence reaches the terminal raw.
 */
import { format, type Locale } from '../../service/i18n';
import { cliMessages } from '../messages';
import type { FileReport } from '../report';
import { printable } from './printable';
import { maxOf } from '../../service/text/arrays';

/** Widest message column before alignment gives up (long messages just get two spaces). */
const MAX_MESSAGE_COLUMN = 72;

export function formatText(files: FileReport[], locale: Locale): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const file of files) {
    if (file.diagnostics.length === 0) continue;
    const rows = file.diagnostics.map((d) => {
      if (d.severity === 1) errors++;
      else if (d.severity === 2) warnings++;
      else infos++;
      return {
        line: String(d.range.start.line + 1),
        col: String(d.range.start.character + 1),
        sev: severityWord(locale, d.severity),
        msg: printable(placeOf(locale, d) + d.message.replace(/\s*\n\s*/g, ' ')),
        code: printable(String(d.code)),
      };
    });
    // line right-aligned and column left-aligned, so the colons line up (as eslint does)
    const lineW = maxOf(rows.map((r) => r.line.length));
    const colW = maxOf(rows.map((r) => r.col.length));
    const sevW = maxOf(rows.map((r) => displayWidth(r.sev)));
    const msgW = Math.min(MAX_MESSAGE_COLUMN, maxOf(rows.map((r) => displayWidth(r.msg))));
    out.push(printable(file.path));
    for (const r of rows) {
      out.push(`  ${r.line.padStart(lineW)}:${r.col.padEnd(colW)}  ${padDisplay(r.sev, sevW)}  ${padDisplay(r.msg, msgW)}  ${r.code}`);
    }
    out.push('');
  }
  const total = errors + warnings + infos;
  if (total === 0) {
    const n = files.length;
    out.push(format(locale, cliMessages.summaryClean, { files: n }));
  } else {
    out.push(
      format(locale, cliMessages.summaryProblems, {
        total,
        errors,
        warnings,
        infos,
      }),
    );
  }
  return out.join('\n') + '\n';
}

function severityWord(locale: Locale, severity: number): string {
  const m = severity === 1 ? cliMessages.sevError : severity === 2 ? cliMessages.sevWarning : severity === 3 ? cliMessages.sevInfo : cliMessages.sevHint;
  return format(locale, m);
}

/** Terminal columns a string takes: East Asian wide and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

function padDisplay(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : s + ' '.repeat(width - w);
}

/** `[p. 5, OP 12] ` before the message of a finding in a PDF or Word file, to find it there. */
function placeOf(locale: Locale, d: FileReport['diagnostics'][number]): string {
  const parts: string[] = [];
  if (d.page !== undefined) parts.push(format(locale, cliMessages.page, { page: String(d.page) }));
  if (d.paragraph !== undefined) parts.push(d.paragraph);
  return parts.length ? `[${parts.join(', ')}] ` : '';
}
