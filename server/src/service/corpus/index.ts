import type { CorpusDocument, CorpusWarning } from './types';
import { AgreedLanguageIndex } from '../matching';
import { ReferenceTable } from '../references';

export * from './types';

export interface CorpusOptions {
  /** Files or folders of prior texts. */
  paths: string[];
  /** Include the built-in seeds (default true). */
  includeBuiltIn?: boolean;
  /** Folder for the persisted index; none = no persistence. */
  cacheDir?: string;
  /** Progress callback: done of total files. */
  onProgress?: (done: number, total: number) => void;
}

/** The precedent corpus: documents, their agreed-language index and the reference table. (Stub: owned by the corpus work.) */
export class Corpus {
  readonly documents: CorpusDocument[] = [];
  readonly index = new AgreedLanguageIndex();
  readonly references = new ReferenceTable();
  readonly warnings: CorpusWarning[] = [];

  static empty(): Corpus {
    return new Corpus();
  }
}

export async function loadCorpus(_options: CorpusOptions): Promise<Corpus> {
  return Corpus.empty();
}
