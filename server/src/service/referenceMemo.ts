/**
 * Reuses the reference findings of unchanged references between analyses of
 * one document: each reference is checked once per (text, entries, organ)
 * against the corpus's reference table; later analyses shift the remembered
 * findings to where the reference now is. With a large corpus the table
 * look-ups dominate re-analysis after a keystroke, and a keystroke changes at
 * most a few references.
 */
import type { DocumentReference, ResolutionDocument, ServiceDiagnostic, Span } from './model';
import type { ServiceSettings } from './options';
import { checkReferences, type ReferenceTable } from './references';
import { LineIndex } from './text/lineIndex';

type Remembered = Omit<ServiceDiagnostic, 'range' | 'span'> & { rel: Span };

const MAX_KEYS = 20_000;

export class ReferenceMemo {
  private table: ReferenceTable | undefined;
  private settings: ServiceSettings | undefined;
  private readonly byKey = new Map<string, Remembered[]>();

  check(doc: ResolutionDocument, table: ReferenceTable | undefined, settings: ServiceSettings): ServiceDiagnostic[] {
    if (table !== this.table || settings !== this.settings || this.byKey.size > MAX_KEYS) {
      this.byKey.clear();
      this.table = table;
      this.settings = settings;
    }
    const refs = doc.references ?? [];
    const keys = refs.map(keyOf);
    const fresh = refs.filter((_, i) => !this.byKey.has(keys[i]));
    if (fresh.length) {
      const found = checkReferences({ ...doc, references: fresh }, table, settings);
      const assigned = new Set<ServiceDiagnostic>();
      for (const ref of fresh) {
        const mine = found.filter((d) => d.span && d.span.start >= ref.span.start && d.span.end <= ref.span.end);
        mine.forEach((d) => assigned.add(d));
        this.byKey.set(
          keyOf(ref),
          mine.map(({ range: _range, span, ...rest }) => ({ ...rest, rel: { start: span!.start - ref.span.start, end: span!.end - ref.span.start } })),
        );
      }
      if (assigned.size !== found.length) {
        // A finding that belongs to no single reference: nothing to remember safely.
        for (const ref of fresh) this.byKey.delete(keyOf(ref));
        return checkReferences(doc, table, settings);
      }
    }
    let lines: LineIndex | undefined;
    const out: ServiceDiagnostic[] = [];
    refs.forEach((ref, i) => {
      for (const { rel, ...rest } of this.byKey.get(keys[i]) ?? []) {
        const span = { start: ref.span.start + rel.start, end: ref.span.start + rel.end };
        lines ??= new LineIndex(doc.text);
        out.push({ ...rest, range: lines.range(span), span });
      }
    });
    return out;
  }
}

/** Everything a reference's findings depend on, with offsets relative to the reference. */
function keyOf(ref: DocumentReference): string {
  const base = ref.span.start;
  return JSON.stringify([
    ref.kind,
    ref.raw,
    ref.symbol,
    ref.organ,
    ref.malformed,
    ref.span.end - base,
    (ref.entries ?? []).map((e) => [e.number, e.date, e.title, e.span.start - base, e.span.end - base]),
  ]);
}
