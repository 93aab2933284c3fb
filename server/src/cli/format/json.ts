/** `--format json`: `{"files":[{"path":…,"diagnostics":[LSP Diagnostic…]}]}` (0-based ranges). */
import type { FileReport } from '../report';

export function formatJson(files: FileReport[]): string {
  return JSON.stringify({ files: files.map((f) => ({ path: f.path, diagnostics: f.diagnostics })) }, null, 2) + '\n';
}
