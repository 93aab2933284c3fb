/**
 * LSP requests of the negotiation features (service/negotiation, through the facade): `resolution/exportDocx`
 * returns the open draft as a Word document (base64) with its departures from agreed language as tracked
 * changes; `resolution/compareCandidates` and `resolution/compare` compare it with a precedent. The client asks
 * where to save the export (the editor's save dialog asks before overwriting). Each request waits for the
 * draft's current analysis as the other requests do and honours cancellation (RequestCancelled, -32800).
 */
import { ErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';
import { CancelledError, throwIfCancelled } from '../service/cancellation';
import type { ResolutionLanguageService } from '../service/facade';
import type { Analysis } from '../service/languageService';
import type { CompareCandidate, CompareResult, DocxExport } from '../service/negotiation/requests';

/** The results' shapes are the service's (plain data). */
export type { CompareCandidate, CompareResult } from '../service/negotiation/requests';

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
  summary: DocxExport['summary'];
  warnings: string[];
}

/** The corpus documents a draft can be compared with, those holding most of its agreed language first. */
export const CompareCandidatesRequest = 'resolution/compareCandidates';
export const CompareRequest = 'resolution/compare';
export interface CompareParams {
  uri: string;
  docId: string;
}

/** A request handler wrapped so that failures become error responses and CancelledError becomes RequestCancelled (server.ts's `guard`). */
export type RequestGuard = <P, R>(name: string, fn: (params: P, token?: CancellationToken) => R | Promise<R>) => (params: P, token?: CancellationToken) => Promise<R>;

export interface NegotiationDeps {
  /**
   * An open document once its current version is analysed, with the facade of its project's service
   * (undefined when it is not open); a cancelled request stops waiting (CancelledError).
   */
  doc(uri: string, token?: CancellationToken): Promise<{ analysis: Analysis; features: ResolutionLanguageService } | undefined>;
  /** Resolves when a corpus load in progress has finished (bounded). */
  settled(): Promise<void>;
  guard: RequestGuard;
}

export function registerNegotiationRequests(connection: Connection, deps: NegotiationDeps): void {
  const { guard } = deps;
  connection.onRequest(
    CompareCandidatesRequest,
    guard('compareCandidates', async (p: { uri: string }, token?: CancellationToken): Promise<CompareCandidate[] | ResponseError<void>> => {
      if (!p || typeof p.uri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'expected {uri}');
      await deps.settled();
      const d = await deps.doc(p.uri, token);
      if (!d) return new ResponseError(ErrorCodes.InvalidParams, `document not open: ${p.uri}`);
      const out = d.features.compareCandidates(d.analysis, token);
      throwIfCancelled(token, 'compareCandidates cancelled');
      return out;
    }),
  );

  connection.onRequest(
    CompareRequest,
    guard('compare', async (p: CompareParams, token?: CancellationToken): Promise<CompareResult | ResponseError<void>> => {
      if (!p || typeof p.uri !== 'string' || typeof p.docId !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'expected {uri, docId}');
      await deps.settled();
      const d = await deps.doc(p.uri, token);
      if (!d) return new ResponseError(ErrorCodes.InvalidParams, `document not open: ${p.uri}`);
      const r = d.features.compare(d.analysis, p.docId, token);
      throwIfCancelled(token, 'compare cancelled');
      return r ?? new ResponseError(ErrorCodes.InvalidParams, `precedent not in the corpus: ${p.docId}`);
    }),
  );

  connection.onRequest(
    ExportDocxRequest,
    guard('exportDocx', async (p: ExportDocxParams, token?: CancellationToken): Promise<ExportDocxResult | ResponseError<void>> => {
      if (!p || typeof p.uri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'expected {uri}');
      await deps.settled();
      const d = await deps.doc(p.uri, token);
      if (!d) return new ResponseError(ErrorCodes.InvalidParams, `document not open: ${p.uri}`);
      let r: DocxExport | undefined;
      try {
        r = await d.features.exportDocx(
          d.analysis,
          { ...(typeof p.precedent === 'string' && p.precedent ? { precedent: p.precedent } : {}), revisions: p.revisions !== false, comments: p.comments !== false },
          token,
        );
      } catch (e) {
        connection.console.error(`exportDocx: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return new ResponseError(ErrorCodes.InternalError, `export failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (!r) throw new CancelledError('exportDocx cancelled');
      return { data: Buffer.from(r.bytes).toString('base64'), summary: r.summary, warnings: r.warnings };
    }),
  );
}
