/** What the editing features and the rules' fixes return: text edits, and code actions made of them. */
import type { Range, ServiceDiagnostic } from '../model';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface CodeActionResult {
  title: string;
  kind: string;
  edits?: TextEdit[];
  command?: { title: string; command: string; arguments: unknown[] };
  /** The diagnostics this action fixes. */
  diagnostics?: ServiceDiagnostic[];
  isPreferred?: boolean;
}
