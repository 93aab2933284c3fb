/**
 * A deterministic synthetic precedent corpus for the benchmark: resolutions
 * made of the seed paragraphs with random edits (substitutions, insertions,
 * deletions, clause shuffles, term changes), written in the plain-line form
 * of seed 001 so the real parser reads them like real resolutions.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadCorpus } from '../../server/src/node/loadCorpus';
import { toChineseNumeral } from '../../server/src/service/text/numerals';

/** mulberry32: small, fast, good enough for test data; same seed, same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PoolParagraph {
  kind: 'preambular' | 'operative';
  text: string;
}

const MIN_PARAGRAPH = 15;

/**
 * Paragraph texts from the seeds: from the parser when it reads them, else a
 * plain split of the two clean seeds (blank-line blocks, markup removed), so
 * the benchmark runs while the parser is being written.
 */
export async function seedParagraphPool(seedsDir: string): Promise<{ pool: PoolParagraph[]; source: 'parser' | 'split' }> {
  const corpus = await loadCorpus({ paths: [], seedsDir });
  const fromParser: PoolParagraph[] = [];
  for (const d of corpus.documents) {
    for (const p of d.paragraphs) {
      if (p.text.length < MIN_PARAGRAPH) continue;
      if (p.kind === 'preambular') fromParser.push({ kind: 'preambular', text: p.text });
      else if (p.kind === 'operative' || p.kind === 'subparagraph') fromParser.push({ kind: 'operative', text: p.text });
    }
  }
  if (fromParser.length >= 100) return { pool: fromParser, source: 'parser' };
  const pool: PoolParagraph[] = [];
  for (const file of ['000_1ed030a242e859ae.txt', '001_8d8e352413f896fa.txt']) {
    const text = fs.readFileSync(path.join(seedsDir, file), 'utf8');
    for (const block of text.split(/\n\s*\n/)) {
      let t = block.trim();
      if (!t || t.startsWith('#') || t.startsWith('<sup>') || /^[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(t) || t === '---' || t.startsWith('[')) continue;
      t = t.replace(/\*\*/g, '').replace(/<sup>\d+<\/sup>/g, '').replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, '').replace(/\s*\n\s*/g, '');
      const op = /^\d+\.\s*/.exec(t);
      const sub = /^\([a-z]+\)\s*/.exec(t);
      if (op) t = t.slice(op[0].length);
      else if (sub) t = t.slice(sub[0].length);
      if (t.length < MIN_PARAGRAPH) continue;
      pool.push({ kind: op || sub ? 'operative' : 'preambular', text: t });
    }
  }
  return { pool, source: 'split' };
}

const TERMS: Array<[string, string]> = [
  ['互联网', '因特网'],
  ['信息和通信技术', '信通技术'],
  ['发展中国家', '发展中国家和转型期经济体'],
  ['鼓励', '促请'],
  ['2030 年', '2030年'],
];

function stripEnd(t: string): string {
  return t.replace(/[，；。：,;.:\s]+$/u, '');
}

/** One random edit of a paragraph body. */
export function editText(text: string, rand: () => number, donor: string): string {
  const r = rand();
  const n = text.length;
  if (n < 6) return text + donor.slice(0, 4);
  const at = Math.floor(rand() * (n - 4));
  if (r < 0.25) {
    // substitution: 1–4 characters replaced by characters from another paragraph
    const len = 1 + Math.floor(rand() * 4);
    const from = Math.floor(rand() * Math.max(1, donor.length - len));
    return text.slice(0, at) + donor.slice(from, from + len) + text.slice(at + len);
  }
  if (r < 0.5) {
    // insertion of a phrase
    const len = 4 + Math.floor(rand() * 16);
    const from = Math.floor(rand() * Math.max(1, donor.length - len));
    return text.slice(0, at) + donor.slice(from, from + len) + text.slice(at);
  }
  if (r < 0.7) {
    // deletion
    const len = 2 + Math.floor(rand() * 14);
    return text.slice(0, at) + text.slice(Math.min(n, at + len));
  }
  if (r < 0.85) {
    // shuffle two clauses
    const clauses = text.split('，');
    if (clauses.length >= 3) {
      const i = Math.floor(rand() * (clauses.length - 1));
      const j = Math.floor(rand() * (clauses.length - 1));
      [clauses[i], clauses[j]] = [clauses[j], clauses[i]];
      return clauses.join('，');
    }
    return text;
  }
  const [a, b] = TERMS[Math.floor(rand() * TERMS.length)];
  return text.includes(a) ? text.replace(a, b) : text.replace(b, a);
}

export interface SynthOptions {
  count: number;
  /** Target characters per resolution (26 million / 2,000 = 13,000). */
  charsPerResolution?: number;
  seed?: number;
}

/** The text of synthetic resolution number `i`. */
export function synthResolution(i: number, pool: PoolParagraph[], rand: () => number, charsPerResolution: number): string {
  const pps = pool.filter((p) => p.kind === 'preambular');
  const ops = pool.filter((p) => p.kind === 'operative');
  const session = 50 + (i % 31);
  const year = 1945 + session;
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const number = 100 + Math.floor(i / 31);
  const titleSource = pool[Math.floor(rand() * pool.length)].text;
  const title = `${stripEnd(titleSource.slice(0, 10 + Math.floor(rand() * 14)))}问题第 ${i + 1} 号`;
  const lines = [
    `第${toChineseNumeral(session)}届会议`,
    '',
    `议程项目 ${1 + Math.floor(rand() * 130)}`,
    '',
    title,
    '',
    `${year} 年 ${month} 月 ${day} 日大会决议`,
    '',
    `[根据第二委员会的报告(A/${session}/${400 + Math.floor(rand() * 300)}, 第 ${1 + Math.floor(rand() * 20)} 段)通过]`,
    '',
    `${session}/${number}. ${title}`,
    '',
    '大会，',
    '',
  ];
  const target = charsPerResolution * (0.8 + rand() * 0.4);
  const pick = (list: PoolParagraph[]): string => {
    const base = list[Math.floor(rand() * list.length)].text;
    const r = rand();
    if (r < 0.4) return base; // agreed language as it stands
    if (r < 0.95) {
      let t = base;
      const edits = 1 + Math.floor(rand() * 3);
      for (let e = 0; e < edits; e++) t = editText(t, rand, pool[Math.floor(rand() * pool.length)].text);
      return t;
    }
    // new text: clauses of different paragraphs stitched together
    const parts: string[] = [];
    for (let k = 0; k < 3; k++) {
      const c = pool[Math.floor(rand() * pool.length)].text.split('，');
      parts.push(c[Math.floor(rand() * c.length)]);
    }
    return parts.join('，');
  };
  let size = lines.join('\n').length;
  const ppBudget = target * 0.35;
  while (size < ppBudget) {
    const t = `${stripEnd(pick(pps))}，`;
    lines.push(t, '');
    size += t.length + 2;
  }
  const opTexts: string[] = [];
  while (size < target) {
    const t = stripEnd(pick(ops));
    opTexts.push(t);
    size += t.length + 6;
  }
  if (opTexts.length === 0) opTexts.push(stripEnd(ops[0].text));
  opTexts.forEach((t, k) => lines.push(`${k + 1}. ${t}${k === opTexts.length - 1 ? '。' : '；'}`, ''));
  lines.push(`${year} 年 ${month} 月 ${day} 日`, `第 ${10 + Math.floor(rand() * 60)} 次全体会议`, '');
  return lines.join('\n');
}

export interface SynthCorpus {
  dir: string;
  files: string[];
  chars: number;
  bytes: number;
}

/** Writes `count` synthetic resolutions into `dir` (created). */
export function writeSynthCorpus(dir: string, pool: PoolParagraph[], options: SynthOptions): SynthCorpus {
  const rand = prng(options.seed ?? 20251215);
  const per = options.charsPerResolution ?? 13_000;
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let chars = 0;
  let bytes = 0;
  for (let i = 0; i < options.count; i++) {
    const text = synthResolution(i, pool, rand, per);
    const file = path.join(dir, `res-${String(i + 1).padStart(4, '0')}.md`);
    const buf = Buffer.from(text, 'utf8');
    fs.writeFileSync(file, buf);
    files.push(file);
    chars += text.length;
    bytes += buf.length;
  }
  return { dir, files, chars, bytes };
}
