/** Plain results of the editor features (LSP-shaped, no LSP dependency). */
import type { Corpus } from '../corpus';
import type { Analysis } from '../languageService';
import type { Range } from '../model';
import type { ServiceSettings } from '../options';
import { LineIndex } from '../text/lineIndex';

export interface FeatureContext {
  analysis: Analysis;
  corpus: Corpus | undefined;
  settings: ServiceSettings;
  lines: LineIndex;
}

export function featureContext(analysis: Analysis, corpus: Corpus | undefined, settings: ServiceSettings): FeatureContext {
  return { analysis, corpus, settings, lines: new LineIndex(analysis.document.text) };
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface HoverResult {
  /** Markdown. */
  contents: string;
  range: Range;
}
