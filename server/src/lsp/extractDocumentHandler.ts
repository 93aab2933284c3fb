/**
 * `resolution/extractDocument`: reads a Word or PDF file (by URI, or the bytes
 * the client sends) and answers with its resolution text and the reader's
 * warnings. The editor opens the text as a `resolution` document.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { extractDocument } from '../service/documents';
import { ExtractDocumentRequest, type ExtractDocumentParams, type ExtractDocumentResult } from './protocol';

/** Largest file read for conversion; Word and PDF drafts are far smaller. */
export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

async function bytesOf(p: ExtractDocumentParams): Promise<{ bytes: Uint8Array; name: string } | ExtractDocumentResult> {
  let uri: URI;
  try {
    uri = URI.parse(p.uri);
  } catch {
    throw new ResponseError(ErrorCodes.InvalidParams, `not a URI: ${p.uri}`);
  }
  const name = path.posix.basename(uri.path);
  if (typeof p.base64 === 'string') {
    if (p.base64.length > (MAX_DOCUMENT_BYTES / 3) * 4 + 4) return { format: 'text', text: '', warnings: [{ code: 'too-large', detail: 'the file is over 256 MiB' }] };
    return { bytes: Buffer.from(p.base64, 'base64'), name };
  }
  if (uri.scheme !== 'file') throw new ResponseError(ErrorCodes.InvalidParams, `the server reads only file: URIs; send the bytes as base64 for ${uri.scheme}:`);
  let size: number;
  try {
    const stat = await fs.promises.stat(uri.fsPath);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch (e) {
    throw new ResponseError(ErrorCodes.InvalidParams, `cannot read ${uri.fsPath}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (size > MAX_DOCUMENT_BYTES) return { format: 'text', text: '', warnings: [{ code: 'too-large', detail: `the file is ${size} bytes, over 256 MiB` }] };
  return { bytes: await fs.promises.readFile(uri.fsPath), name };
}

/** The request's answer; bad parameters and unreadable files are `InvalidParams` errors, bad documents are warnings. */
export async function handleExtractDocument(params: unknown): Promise<ExtractDocumentResult> {
  const p = params as Partial<ExtractDocumentParams> | null;
  if (!p || typeof p !== 'object' || typeof p.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected {uri, base64?}');
  const input = await bytesOf(p as ExtractDocumentParams);
  if (!('bytes' in input)) return input;
  const r = await extractDocument(input.bytes, input.name);
  return { format: r.format, text: r.text, warnings: r.warnings, ...(r.meta ? { meta: r.meta } : {}) };
}

export function registerExtractDocument(connection: Connection, logError: (what: string, e: unknown) => void): void {
  connection.onRequest(ExtractDocumentRequest, async (params: unknown) => {
    try {
      return await handleExtractDocument(params);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      logError('extractDocument', e);
      throw new ResponseError(ErrorCodes.InternalError, `extractDocument failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}
