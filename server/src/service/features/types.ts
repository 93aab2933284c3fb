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
  /** Corpus documents not to offer as precedents: the analysed document itself when it is in the corpus. */
  exclude: Set<string>;
}

const lineIndexes = new WeakMap<Analysis, LineIndex>();

/** The context features run in. The line index is built on first use and shared by every request on the same analysis. */
export function featureContext(analysis: Analysis, corpus: Corpus | undefined, settings: ServiceSettings): FeatureContext {
  return {
    analysis,
    corpus,
    settings,
    exclude: new Set(analysis.excludeDocIds ?? []),
    get lines(): LineIndex {
      let li = lineIndexes.get(analysis);
      if (!li) {
        li = new LineIndex(analysis.document.text);
        lineIndexes.set(analysis, li);
      }
      return li;
    },
  };
}

export type { TextEdit } from './edits';

export interface HoverResult {
  /** Markdown. */
  contents: string;
  range: Range;
}
