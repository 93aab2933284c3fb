/**
 * `resolution/sourceText`: the text read from a corpus document's source file (PDF or Word) and
 * the range of one of its paragraphs, for the client's read-only "open source" view. Only files
 * of the corpus are read: a path the corpus does not hold is refused.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import type { Corpus } from '../service/corpus';
import { extractDocument } from '../service/documents';
import { locateParagraph } from '../service/documents/sourceView';
import { MAX_DOCUMENT_BYTES } from './extractDocumentHandler';
import { SourceTextRequest, type SourceTextParams, type SourceTextResult } from './sourceTextProtocol';

export interface SourceTextDeps {
  corpus: () => Corpus | undefined;
  /** Waits (bounded) for a corpus load in progress. */
  settled: () => Promise<void>;
}

export async function handleSourceText(params: unknown, deps: SourceTextDeps): Promise<SourceTextResult> {
  const p = params as Partial<SourceTextParams> | null;
  if (!p || typeof p !== 'object' || typeof p.path !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected {path, paragraph?}');
  await deps.settled();
  const doc = deps.corpus()?.documentForPath(p.path);
  if (!doc || doc.meta.builtIn || !path.isAbsolute(doc.meta.path)) throw new ResponseError(ErrorCodes.InvalidParams, `not a corpus file: ${p.path}`);
  const file = doc.meta.path;
  let bytes: Buffer;
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) throw new Error('not a file');
    if (stat.size > MAX_DOCUMENT_BYTES) throw new Error(`${stat.size} bytes, over 256 MiB`);
    bytes = await fs.promises.readFile(file);
  } catch (e) {
    throw new ResponseError(ErrorCodes.InvalidParams, `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const r = await extractDocument(bytes, path.basename(file));
  const para = typeof p.paragraph === 'number' ? doc.paragraphs[p.paragraph] : undefined;
  const at = para ? locateParagraph(r.text, r.linePages, para.text, para.page) : { startLine: 0, endLine: 0, by: 'none' as const };
  const lines = r.text.split('\n');
  const range = { start: { line: at.startLine, character: 0 }, end: { line: at.endLine, character: lines[at.endLine]?.length ?? 0 } };
  return { text: r.text, range, ...(para?.page !== undefined ? { page: para.page } : {}), found: at.by, warnings: r.warnings };
}

export function registerSourceText(connection: Connection, deps: SourceTextDeps, logError: (what: string, e: unknown) => void): void {
  connection.onRequest(SourceTextRequest, async (params: unknown) => {
    try {
      return await handleSourceText(params, deps);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      logError('sourceText', e);
      throw new ResponseError(ErrorCodes.InternalError, `sourceText failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}
