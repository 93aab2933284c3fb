/**
 * Test helpers for the references tests: seed text, a stand-in for the parser's clean text
 * (lines trimmed and joined with nothing in between, as hard wraps of CJK text are joined),
 * and a minimal document model built from findReferences with spans mapped back to the source.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { DocumentReference, ResolutionDocument } from '../../../server/src/service/model';
import { emptyDocument } from '../../../server/src/service/parser';
import { findReferences, ReferenceTable } from '../../../server/src/service/references';
import { LineIndex } from '../../../server/src/service/text/lineIndex';

export const SEEDS_DIR = path.join(__dirname, '../../../seeds');

export const SEED_FILES: Record<string, string> = {
  '000': '000_1ed030a242e859ae.txt',
  '001': '001_8d8e352413f896fa.txt',
  '002': '002_c6d456420a6e3b58.txt',
  '003': '003_10c262350bcf095e.txt',
  '004': '004_4510d16fedc8d16d.txt',
};

/** Labels the way the corpus cites them (manifest symbols). */
export const SEED_LABELS: Record<string, string> = {
  '000': 'A/RES/80/118',
  '001': 'A/RES/76/189',
  '002': 'A/80/62-E/2025/12',
  '003': 'E/2025/31',
  '004': '72nd session G77 draft',
};

export function readSeed(id: string): string {
  return fs.readFileSync(path.join(SEEDS_DIR, SEED_FILES[id]), 'utf8');
}

/** Clean text of a whole file and, for each clean character, its offset in the source. */
export function joinLines(source: string): { text: string; sourceOffsets: number[] } {
  let text = '';
  const sourceOffsets: number[] = [];
  let lineStart = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i === source.length || source[i] === '\n') {
      let a = lineStart;
      let b = i;
      while (a < b && /\s/.test(source[a])) a++;
      while (b > a && /\s/.test(source[b - 1])) b--;
      for (let k = a; k < b; k++) {
        text += source[k];
        sourceOffsets.push(k);
      }
      lineStart = i + 1;
    }
  }
  return { text, sourceOffsets };
}

export function cleanSeed(id: string): string {
  return joinLines(readSeed(id)).text;
}

/**
 * A document model holding only references, found on the joined text and mapped back to the
 * source (what the parser does with paragraphs). Enough for ReferenceTable and checkReferences.
 */
export function docWithReferences(source: string): ResolutionDocument {
  const { text, sourceOffsets } = joinLines(source);
  const lines = new LineIndex(source);
  const map = (s: { start: number; end: number }) => {
    const start = s.start < sourceOffsets.length ? sourceOffsets[s.start] : source.length;
    const end = s.end > s.start ? sourceOffsets[s.end - 1] + 1 : start;
    return { start, end };
  };
  const references: DocumentReference[] = findReferences(text).map((r) => {
    const span = map(r.span);
    return {
      ...r,
      span,
      range: lines.range(span),
      entries: r.entries?.map((e) => {
        const es = map(e.span);
        return { ...e, span: es, range: lines.range(es) };
      }),
    } as DocumentReference;
  });
  return { ...emptyDocument(source), references, segments: [] };
}

/** A reference table of the five seeds, each turned into a document by `toDoc`, labelled with SEED_LABELS. */
export function seedTable(toDoc: (text: string) => ResolutionDocument = docWithReferences): ReferenceTable {
  const table = new ReferenceTable();
  for (const id of Object.keys(SEED_FILES)) table.addDocument(toDoc(readSeed(id)), SEED_LABELS[id]);
  return table;
}
