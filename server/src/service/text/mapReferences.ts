import type { DocumentReference, TextPiece } from '../model';
import type { FoundReference } from '../references';
import type { LineIndex } from './lineIndex';
import { mapTextSpan } from './pieces';

/**
 * Maps references found in a clean text (local spans) back to the source through the clean text's
 * pieces, and adds ranges. References whose span cannot be mapped are dropped.
 */
export function mapReferences(found: readonly FoundReference[], pieces: readonly TextPiece[], index: LineIndex): DocumentReference[] {
  const out: DocumentReference[] = [];
  for (const f of found) {
    const span = mapTextSpan(pieces, f.span);
    if (!span) continue;
    const ref: DocumentReference = { ...(f as Omit<DocumentReference, 'range'>), span, range: index.range(span) } as DocumentReference;
    if (f.entries) {
      ref.entries = [];
      for (const e of f.entries) {
        const es = mapTextSpan(pieces, e.span);
        if (!es) continue;
        ref.entries.push({ ...e, span: es, range: index.range(es) });
      }
    }
    out.push(ref);
  }
  return out;
}
