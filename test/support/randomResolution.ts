/**
 * Random resolutions for the document round-trip tests: Chinese or English words from the seeds
 * and the fixture draft, bold and italic runs, list-numbered paragraphs and sub-paragraphs,
 * footnotes anywhere, XML-special characters; deterministic by seed, so a failure names its seed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { prng } from '../bench/synth';
import { ENGLISH_DRAFT, type FixtureDocument, type FixtureParagraph, type FixtureRun } from './wordFixtures';

/** The one mulberry32 of the tests: deterministic, so a failure names its seed. */
const rng = prng;

const seedText = fs.readFileSync(path.resolve(__dirname, '../../seeds/001_8d8e352413f896fa.txt'), 'utf8');
const ZH_WORDS = [...new Set(seedText.replace(/[^\u4e00-\u9fff]+/g, ' ').split(' ').filter((w) => w.length >= 2))].slice(0, 400);
const EN_WORDS = [...new Set(ENGLISH_DRAFT.paragraphs.flatMap((p) => p.runs.flatMap((r) => ('text' in r ? r.text.split(/\s+/) : []))).filter(Boolean))];
const SPECIAL = ['&', '<b>', '"quoted"', "it's", 'A/RES/70/1', '2030 年', 'x > y', '—', '“引号”'];

export function randomDocument(seed: number): FixtureDocument {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const zh = r() < 0.5;
  const sentence = (n: number) => {
    const words = Array.from({ length: n }, () => (r() < 0.08 ? pick(SPECIAL) : pick(zh ? ZH_WORDS : EN_WORDS)));
    return zh ? words.join('') : words.join(' ');
  };
  const paragraphs: FixtureParagraph[] = [];
  const count = 3 + Math.floor(r() * 12);
  for (let k = 0; k < count; k++) {
    const prev = paragraphs[paragraphs.length - 1];
    const kind = prev && prev.kind !== 'plain' && r() < 0.3 ? 'sub' : r() < 0.5 ? 'op' : 'plain';
    const runs: FixtureRun[] = [];
    const pieces = 1 + Math.floor(r() * 4);
    for (let j = 0; j < pieces; j++) {
      const text = (j && !zh ? ' ' : '') + sentence(1 + Math.floor(r() * 10));
      runs.push({ text, bold: r() < 0.2, italic: r() < 0.2 });
      if (r() < 0.25) runs.push({ footnote: sentence(2 + Math.floor(r() * 6)) });
    }
    runs.push({ text: pick(zh ? ['，', '；', '。', '：'] : [',', ';', '.', ':']) });
    paragraphs.push({ kind: kind === 'sub' && prev?.kind === 'plain' ? 'op' : kind, runs });
  }
  return { language: zh ? 'zh' : 'en', symbol: 'A/99/L.1', title: 'Property', date: '1 January 2099', job: '99-00001 (X)', paragraphs };
}

