/** Shared by the export tests: analyse a draft against a corpus, export it, read it back. */
import { labelledParagraphs } from '../../../server/src/service/matching';
import type { Corpus } from '../../../server/src/service/corpus';
import { createLanguageService, type Analysis } from '../../../server/src/service/languageService';
import type { ResolutionDocument } from '../../../server/src/service/model';
import { defaultSettings } from '../../../server/src/service/options';
import { writeDocx } from '../../../server/src/service/negotiation/docxWriter';
import { buildExportPlan, type ExportOptions, type ExportPlan } from '../../../server/src/service/negotiation/exportPlan';
import { readDocx, type ReadDocx } from './docxReader';

/** What each draft paragraph must read as in Word with all changes accepted: `number<TAB>text`. */
export function expectedParagraphs(doc: ResolutionDocument): Array<{ label: string; text: string; footnotes: number[] }> {
  return labelledParagraphs(doc).map(({ paragraph: p, label }) => ({
    label,
    text: (p.number ? `${p.number.text}\t` : '') + p.text,
    footnotes: p.footnoteRefs,
  }));
}

export interface Exported {
  analysis: Analysis;
  plan: ExportPlan;
  bytes: Buffer;
  read: ReadDocx;
}

export async function exportText(text: string, corpus: Corpus | undefined, options: ExportOptions = {}, excludeDocIds: string[] = []): Promise<Exported> {
  const service = createLanguageService({ corpus, settings: defaultSettings('en') });
  const analysis = service.analyze(text, undefined, { excludeDocIds });
  const plan = buildExportPlan(analysis.document, analysis.agreements, options);
  const bytes = await writeDocx(plan, { date: '2026-01-01T00:00:00Z' });
  return { analysis, plan, bytes, read: await readDocx(bytes) };
}

/** The read-back paragraphs that carry a draft paragraph (those with a comment), accepted text. */
export function commentedParagraphs(read: ReadDocx): ReadDocx['paragraphs'] {
  return read.paragraphs.filter((p) => p.comments.length > 0);
}
