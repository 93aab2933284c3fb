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
}

export interface FileReport {
  /** The path as given on the command line. */
  path: string;
  diagnostics: OutputDiagnostic[];
}

export function toOutputDiagnostic(d: ServiceDiagnostic): OutputDiagnostic {
  const out: OutputDiagnostic = {
    range: { start: { ...d.range.start }, end: { ...d.range.end } },
    severity: d.severity,
    code: d.code,
    source: d.source,
    message: d.message,
  };
  if (d.data !== undefined) out.data = d.data;
  return out;
}
