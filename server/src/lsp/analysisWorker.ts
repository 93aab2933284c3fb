/**
 * Entry of the document analysis worker (dist/analysisWorker.js, run by `AnalysisWorker` in scheduler.ts):
 * parses a large text off the language server's main thread. A text past the size limit needs no corpus,
 * so it is analysed here in full (structure checks and the size-limit finding); a smaller one is only parsed,
 * and the main thread runs the reference and agreed-language passes against its corpus. The result goes back
 * in slices (slicedTransfer.ts), without the text, which the main thread already holds.
 */
import { parentPort } from 'worker_threads';
import { createLanguageService } from '../service/languageService';
import type { ServiceSettings } from '../service/options';
import { parseDocument } from '../service/parser';
import { overSizeLimit } from '../service/sizeLimit';
import { packInSlices } from './slicedTransfer';

/**
 * A job: the settings, then the text in `pieces` messages of at most `TEXT_PIECE_CHARS` (`WorkerTextPiece`).
 * Posting a 20 MB string in one message held the main thread for a second (it is copied, as is encoding
 * it into a buffer); in pieces, the main thread answers requests between them.
 */
export interface WorkerJob {
  id: number;
  pieces: number;
  settings: ServiceSettings;
  maxBytes?: number;
}

export interface WorkerTextPiece {
  id: number;
  text: string;
}

export const TEXT_PIECE_CHARS = 256 * 1024;

/** The reply: the slices (slicedTransfer.ts) back to back in one transferred buffer, `ends[i]` ending slice i. */
export type WorkerReply = { id: number; kind: 'analysis' | 'document'; bytes: ArrayBuffer; ends: number[] } | { id: number; error: string };

/** The slices in one buffer (so that the reply is transferred, not copied). */
function joinParts(parts: Uint8Array[]): { bytes: ArrayBuffer; ends: number[] } {
  let total = 0;
  for (const p of parts) total += p.byteLength;
  const out = new Uint8Array(total);
  const ends: number[] = [];
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
    ends.push(at);
  }
  return { bytes: out.buffer, ends };
}

/** The slices of a reply, as views into its buffer. */
export function replyParts(reply: { bytes: ArrayBuffer; ends: number[] }): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let start = 0;
  for (const end of reply.ends) {
    parts.push(new Uint8Array(reply.bytes, start, end - start));
    start = end;
  }
  return parts;
}

/** What the parts unpack to. */
export interface WorkerValue {
  document: import('../service/model').ResolutionDocument;
  agreements?: import('../service/matching').ParagraphAgreement[];
  diagnostics?: import('../service/model').ServiceDiagnostic[];
  failures?: string[];
}

export function runJob(job: WorkerJob, text: string): WorkerReply {
  try {
    if (overSizeLimit(text, job.maxBytes)) {
      const a = createLanguageService({ settings: job.settings }).analyze(text, undefined, { maxBytes: job.maxBytes });
      a.document.text = '';
      const value: WorkerValue = { document: a.document, agreements: a.agreements, diagnostics: a.diagnostics, failures: a.failures ?? [] };
      return { id: job.id, kind: 'analysis', ...joinParts(packInSlices(value)) };
    }
    const document = parseDocument(text);
    document.text = '';
    return { id: job.id, kind: 'document', ...joinParts(packInSlices({ document } satisfies WorkerValue)) };
  } catch (e) {
    return { id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

if (parentPort) {
  const port = parentPort;
  let job: WorkerJob | undefined;
  let pieces: string[] = [];
  port.on('message', (m: WorkerJob | WorkerTextPiece) => {
    if ('pieces' in m) {
      job = m;
      pieces = [];
    } else if (job && m.id === job.id) pieces.push(m.text);
    if (!job || pieces.length < job.pieces) return;
    const current = job;
    const text = pieces.join('');
    job = undefined;
    pieces = []; // the pieces are garbage from here: the parse needs the memory
    const reply = runJob(current, text);
    port.postMessage(reply, 'bytes' in reply ? [reply.bytes] : []);
  });
}
