/**
 * One entry point for every document format: bytes in, resolution text out.
 * The PDF reader lives in `pdf.ts`, the Word readers in `word.ts`.
 */
import { detectFormat } from './format';
import { extractPdf } from './pdf';
import type { ExtractedDocument, ExtractOptions } from './types';
import { extractDoc, extractDocx } from './word';

export async function extractDocument(bytes: Uint8Array, name: string, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const format = detectFormat(bytes, name);
  switch (format) {
    case 'docx':
      return extractDocx(bytes, options);
    case 'doc':
      return extractDoc(bytes, options);
    case 'pdf':
      return extractPdf(bytes, options);
  }
  // Readers are added by format; until one exists the format is reported as unsupported.
  return { format, text: '', warnings: [{ code: 'unsupported', detail: `${format} reader not available` }] };
}
