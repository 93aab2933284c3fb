/**
 * `resolution/sourceText`: the text read from a corpus document's source file (PDF or Word) and
 * the range of one of its paragraphs, for the client's read-only "open source" view. Only files
 * of the corpus are read: a path the corpus does not hold is refused. The file is read here; the text
 * and the range come from the facade (`sourceText`), and a cancelled request answers RequestCancelled.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';
import { isCancelled, throwIfCancelled, type CancellationFlag } from '../service/cancellation';
import type { ResolutionLanguageService } from '../service/facade';
import { MAX_DOCUMENT_BYTES } from './extractDocumentHandler';
import { SourceTextRequest, type SourceTextParams, type SourceTextResult } from './sourceTextProtocol';

export interface SourceTextDeps {
  /** The facade over the server's current corpus. */
  features: () => ResolutionLanguageService;
  /** Waits (bounded) for a corpus load in progress. */
  settled: () => Promise<void>;
}

/** The answer to a request; a cancelled one throws CancelledError. */
export async function handleSourceText(params: unknown, deps: SourceTextDeps, token?: CancellationFlag): Promise<SourceTextResult> {
  const p = params as Partial<SourceTextParams> | null;
  if (!p || typeof p !== 'object' || typeof p.path !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected {path, paragraph?}');
  await deps.settled();
  throwIfCancelled(token, 'sourceText cancelled');
  const features = deps.features();
  const file = features.corpusSourceFile(p.path);
  if (!file || !path.isAbsolute(file)) throw new ResponseError(ErrorCodes.InvalidParams, `not a corpus file: ${p.path}`);
  let bytes: Buffer;
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) throw new Error('not a file');
    if (stat.size > MAX_DOCUMENT_BYTES) throw new Error(`${stat.size} bytes, over 256 MiB`);
    bytes = await fs.promises.readFile(file);
  } catch (e) {
    throw new ResponseError(ErrorCodes.InvalidParams, `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const r = await features.sourceText(p.path, bytes, typeof p.paragraph === 'number' ? p.paragraph : undefined, token);
  throwIfCancelled(token, 'sourceText cancelled');
  // the corpus was replaced while the file was read, without this file
  if (!r) throw new ResponseError(ErrorCodes.InvalidParams, `not a corpus file: ${p.path}`);
  return r;
}

export function registerSourceText(connection: Connection, deps: SourceTextDeps, logError: (what: string, e: unknown) => void): void {
  connection.onRequest(SourceTextRequest, async (params: unknown, token?: CancellationToken) => {
    try {
      return await handleSourceText(params, deps, token);
    } catch (e) {
      if (isCancelled(e)) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'sourceText cancelled');
      if (e instanceof ResponseError) throw e;
      logError('sourceText', e);
      throw new ResponseError(ErrorCodes.InternalError, `sourceText failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}
