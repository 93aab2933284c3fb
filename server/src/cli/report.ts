/** What the command found, file by file, before it is written out in one of the formats. */
import type { Range, ServiceDiagnostic } from '../service/model';

/** A diagnostic as written to JSON and SARIF: the LSP Diagnostic fields, without the internal `span`. */
export interface OutputDiagnostic {
  range: Range;
  severity: number;
  code: string;
  source: string;
  message: string;
  data?: unknown;
  /** For a PDF: the page the finding is on. */
  page?: number;
  /** For a PDF or Word file: the citable label of the paragraph (`OP 12`), to find it there. */
  paragraph?: string;
}

export interface FileReport {
  /** The path as given on the command line. */
  path: string;
  diagnostics: OutputDiagnostic[];
}

export function toOutputDiagnostic(d: ServiceDiagnostic, place?: (line: number, offset?: number) => { page?: number; paragraph?: string }): OutputDiagnostic {
  const out: OutputDiagnostic = {
    range: { start: { ...d.range.start }, end: { ...d.range.end } },
    severity: d.severity,
    code: d.code,
    source: d.source,
    message: d.message,
  };
  if (d.data !== undefined) out.data = d.data;
  if (place) {
    const where = place(d.range.start.line, d.span?.start);
    if (where.page !== undefined) out.page = where.page;
    if (where.paragraph !== undefined) out.paragraph = where.paragraph;
  }
  return out;
}
