/** Telling a PDF or Word file from text by its bytes (and, failing that, its name). */
import type { DocumentFormat } from './types';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4 (.docx is a zip)
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // compound file (.doc)

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

/** The format of a file: by its magic bytes first, then by its name's extension. */
export function detectFormat(bytes: Uint8Array, name = ''): DocumentFormat {
  // A PDF may have up to 1 KB of junk before its header.
  const head = bytes.subarray(0, Math.min(bytes.length, 1024));
  for (let i = 0; i + PDF.length <= head.length; i++) if (startsWith(head, PDF, i)) return 'pdf';
  if (startsWith(bytes, ZIP)) return 'docx';
  if (startsWith(bytes, OLE)) return 'doc';
  const lower = name.toLowerCase();
  if (lower.endsWith('.pdf')) return 'pdf';
  if (lower.endsWith('.docx')) return 'docx';
  if (lower.endsWith('.doc')) return 'doc';
  return 'text';
}

/** File name endings of the document formats, for corpus folders. */
export const DOCUMENT_EXTENSIONS = ['.pdf', '.docx', '.doc'];
