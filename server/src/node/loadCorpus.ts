/** Loading the corpus from the disk: the service's `loadCorpus` with the Node host. */
import { loadCorpus as loadWithHost, type Corpus, type CorpusOptions } from '../service/corpus';
import type { CorpusHost } from '../service/corpus/corpusHost';
import { nodeHost } from './nodeHost';

/** Loads the corpus from the disk (see the service's `loadCorpus`). Never throws. */
export function loadCorpus(options: CorpusOptions, host: CorpusHost = nodeHost()): Promise<Corpus> {
  return loadWithHost(options, host);
}
