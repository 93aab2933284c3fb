/**
 * LSP requests of the negotiation features (service/negotiation): `resolution/exportDocx` returns
 * the open draft as a Word document (base64) with its departures from agreed language as tracked
 * changes. The client asks where to save it (the editor's save dialog asks before overwriting).
 */
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import type { Analysis } from '../service/languageService';
import type { Language } from '../service/model';
import { writeDocx } from '../service/negotiation/docxWriter';
import { buildExportPlan, type ExportPlan } from '../service/negotiation/exportPlan';

export const ExportDocxRequest = 'resolution/exportDocx';
export interface ExportDocxParams {
  uri: string;
  /** A precedent's symbol; the best source of each paragraph when absent. */
  precedent?: string;
  revisions?: boolean;
  comments?: boolean;
}
export interface ExportDocxResult {
  /** The .docx file, base64. */
  data: string;
  summary: ExportPlan['summary'];
  warnings: string[];
}

export interface NegotiationDeps {
  /** The current analysis of an open document; undefined when it is not open. */
  analysis(uri: string): Analysis | undefined;
  /** Resolves when a corpus load in progress has finished (bounded). */
  settled(): Promise<void>;
  locale(): Language;
}

export function registerNegotiationRequests(connection: Connection, deps: NegotiationDeps): void {
  connection.onRequest(ExportDocxRequest, async (p: ExportDocxParams): Promise<ExportDocxResult | ResponseError<void>> => {
    if (!p || typeof p.uri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'expected {uri}');
    await deps.settled();
    const analysis = deps.analysis(p.uri);
    if (!analysis) return new ResponseError(ErrorCodes.InvalidParams, `document not open: ${p.uri}`);
    try {
      const plan = buildExportPlan(analysis.document, analysis.agreements, {
        ...(typeof p.precedent === 'string' && p.precedent ? { precedent: p.precedent } : {}),
        revisions: p.revisions !== false,
        comments: p.comments !== false,
        locale: deps.locale(),
      });
      const bytes = await writeDocx(plan);
      return { data: bytes.toString('base64'), summary: plan.summary, warnings: plan.warnings };
    } catch (e) {
      connection.console.error(`exportDocx: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return new ResponseError(ErrorCodes.InternalError, `export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}
