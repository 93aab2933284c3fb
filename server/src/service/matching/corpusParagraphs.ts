/**
 * The draft's paragraphs as the engine reports on them: every preambular, operative and
 * sub-paragraph of every resolution, then the report paragraphs, in document order, with the
 * labels they are cited by. The labels are the corpus's (`corpus/labels.ts`), so a draft
 * paragraph and the same paragraph in the corpus carry the same label.
 */
import type { Paragraph, ResolutionDocument } from '../model';
import { labelParagraphs } from '../corpus/labels';

/** A draft paragraph with the label it is cited by. */
export interface LabelledParagraph {
  paragraph: Paragraph;
  label: string;
}

/** All paragraphs of a parsed document (resolutions' PP, OP and sub-paragraphs, report paragraphs), in document order, with their citable labels. */
export function labelledParagraphs(doc: ResolutionDocument): LabelledParagraph[] {
  return labelParagraphs(doc).map((l) => ({ paragraph: l.p, label: l.label }));
}
