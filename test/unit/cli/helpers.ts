/** Running `main` in-process with captured output and a chosen corpus. */
import * as path from 'path';
import { main, type CliIO } from '../../../server/src/cli/resolution-lint';
import { Corpus, type CorpusOptions } from '../../../server/src/service/corpus';

export const root = path.join(__dirname, '../../..');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  corpusOptions: CorpusOptions[];
}

export async function run(argv: string[], io: Partial<CliIO> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const corpusOptions: CorpusOptions[] = [];
  const code = await main(argv, {
    cwd: root,
    env: { LANG: 'en_US.UTF-8' },
    loadCorpus: async (o) => {
      corpusOptions.push(o);
      return Corpus.empty();
    },
    ...io,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr, corpusOptions };
}
