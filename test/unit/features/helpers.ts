import * as fs from 'fs';
import * as path from 'path';
import { type Corpus } from '../../../server/src/service/corpus';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import * as F from '../../../server/src/service/features';
import { createLanguageService } from '../../../server/src/service/languageService';
import type { Position } from '../../../server/src/service/model';
import { defaultSettings } from '../../../server/src/service/options';
import { LineIndex } from '../../../server/src/service/text/lineIndex';

export const SEEDS = path.join(__dirname, '../../../seeds');

export function seed(prefix: string): string {
  const f = fs.readdirSync(SEEDS).find((x) => x.startsWith(prefix));
  if (!f) throw new Error(`no seed ${prefix}`);
  return fs.readFileSync(path.join(SEEDS, f), 'utf8');
}

let corpusPromise: Promise<Corpus> | undefined;
/** The built-in corpus, loaded once for all feature tests. */
export function builtInCorpus(): Promise<Corpus> {
  corpusPromise ??= loadCorpus({ paths: [], includeBuiltIn: true });
  return corpusPromise;
}

export function ctxOf(text: string, corpus?: Corpus, locale: 'zh' | 'en' = 'zh'): F.FeatureContext {
  const settings = defaultSettings(locale);
  const service = createLanguageService({ corpus, settings });
  return F.featureContext(service.analyze(text), corpus, settings);
}

export function pos(text: string, needle: string, delta = 0): Position {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return new LineIndex(text).positionAt(i + delta);
}

export const ORIGIN: Position = { line: 0, character: 0 };
export const ALL = { start: ORIGIN, end: ORIGIN };
