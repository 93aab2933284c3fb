/**
 * Test helper (not a parser): turns the two seed resolutions into documents the matching engine
 * takes, by simple rules that hold for these two files — blank-line separated blocks; footnote
 * definitions, `---`, headings and header lines dropped; a block that does not end a paragraph
 * (`，` `；` `。` `：`) continues in the next paragraph block (page breaks); `1. ` starts an
 * operative paragraph, `(a) ` a sub-paragraph; `**…**` and footnote markers removed from the
 * clean text, with pieces that map the clean text back to the source.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Paragraph, ParagraphKind, ResolutionDocument, TextPiece } from '../../../server/src/service/model';
import type { CorpusDocument, CorpusParagraph } from '../../../server/src/service/corpus/types';
import { labelTexts } from '../../../server/src/service/matching/corpusParagraphs';
import { splitLeadingVerb, sourceToText } from '../../../server/src/service/matching/verbs';
import { LineIndex } from '../../../server/src/service/text/lineIndex';

export const SEEDS = path.join(__dirname, '../../../seeds');
export const SEED_80_118 = '000_1ed030a242e859ae.txt';
export const SEED_76_189 = '001_8d8e352413f896fa.txt';

export function readSeed(file: string): string {
  return fs.readFileSync(path.join(SEEDS, file), 'utf8');
}

interface Block {
  start: number;
  end: number;
  text: string;
}

function blocks(text: string): Block[] {
  const out: Block[] = [];
  const re = /\n[ \t]*\n/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const push = (s: number, e: number) => {
    const raw = text.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ start: s + lead, end: s + lead + t.length, text: t });
  };
  while ((m = re.exec(text))) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return out;
}

const SUP = /^(?:<sup>\d+<\/sup>|[¹²³⁰⁴⁵⁶⁷⁸⁹]+)\s/;
function isFootnoteDef(t: string): boolean {
  return SUP.test(t);
}
function endsParagraph(t: string): boolean {
  const s = t.replace(/(?:<sup>\d+<\/sup>|[¹²³⁰⁴⁵⁶⁷⁸⁹])+$/u, '').trimEnd();
  return /[，；。：,;.:]$/.test(s);
}

interface Raw {
  kind: ParagraphKind;
  parts: Block[];
}

/** Cleans source ranges into text + pieces (drops `**`, footnote markers, the number prefix, line breaks inside). */
function clean(source: string, parts: Block[], dropPrefix: RegExp | undefined): { text: string; pieces: TextPiece[]; verbEnd?: number; verb?: string } {
  const chars: string[] = [];
  const offs: number[] = [];
  let verb: string | undefined;
  let verbEnd: number | undefined;
  parts.forEach((b, bi) => {
    let i = b.start;
    if (bi === 0 && dropPrefix) {
      const m = dropPrefix.exec(b.text);
      if (m) i += m[0].length;
    }
    while (i < b.end) {
      const rest = source.slice(i, Math.min(b.end, i + 20));
      const sup = /^<sup>\d+<\/sup>/.exec(rest);
      if (sup) {
        i += sup[0].length;
        continue;
      }
      if (/^[¹²³⁰⁴⁵⁶⁷⁸⁹]/.test(rest)) {
        i++;
        continue;
      }
      if (rest.startsWith('**')) {
        const close = source.indexOf('**', i + 2);
        if (verb === undefined && close > 0 && close < b.end) {
          const inner = source.slice(i + 2, close);
          if (chars.length < 8) {
            verb = inner;
            verbEnd = close + 2;
          }
        }
        i += 2;
        continue;
      }
      if (source[i] === '\n' || source[i] === '\r') {
        i++;
        continue;
      }
      chars.push(source[i]);
      offs.push(i);
      i++;
    }
  });
  // trailing spaces
  while (chars.length && /\s/.test(chars[chars.length - 1])) {
    chars.pop();
    offs.pop();
  }
  const pieces: TextPiece[] = [];
  for (let k = 0; k < chars.length; k++) {
    const last = pieces[pieces.length - 1];
    if (last && last.sourceStart + last.length === offs[k] && last.textStart + last.length === k) last.length++;
    else pieces.push({ textStart: k, sourceStart: offs[k], length: 1 });
  }
  return { text: chars.join(''), pieces, verb, verbEnd };
}

export interface SeedParagraph {
  kind: ParagraphKind;
  label: string;
  text: string;
  pieces: TextPiece[];
  span: { start: number; end: number };
  verb?: string;
  verbSourceEnd?: number;
}

/** Paragraphs (PP, OP, sub-paragraphs) of a seed resolution. */
export function seedParagraphs(source: string): SeedParagraph[] {
  const bs = blocks(source);
  const organ = bs.findIndex((b) => b.text === '大会，');
  const raws: Raw[] = [];
  let open: Raw | undefined;
  const body = bs.slice(organ + 1).filter((b) => !(isFootnoteDef(b.text) || b.text === '---' || /^\d{4} ?年 ?\d+ ?月/.test(b.text)));
  body.forEach((b, k) => {
    if (open) {
      open.parts.push(b);
    } else {
      const kind: ParagraphKind = /^\d+\.\s/.test(b.text) ? 'operative' : /^\([a-z]+\)\s/.test(b.text) ? 'subparagraph' : 'preambular';
      open = { kind, parts: [b] };
      raws.push(open);
    }
    // A colon ends a chapeau only when sub-paragraphs follow; otherwise the paragraph was cut by a page break.
    const next = body[k + 1];
    const colon = /[：:]$/.test(b.text);
    if (endsParagraph(b.text) && (!colon || !next || /^\(/.test(next.text))) open = undefined;
  });
  const out: SeedParagraph[] = [];
  let pp = 0;
  let op = 0;
  let sub = 0;
  for (const r of raws) {
    const prefix = r.kind === 'operative' ? /^\d+\.\s+/ : r.kind === 'subparagraph' ? /^\([a-z]+\)\s+/ : undefined;
    const c = clean(source, r.parts, prefix);
    let label: string;
    if (r.kind === 'preambular') label = `PP ${++pp}`;
    else if (r.kind === 'operative') {
      label = `OP ${++op}`;
      sub = 0;
    } else label = `OP ${op}(${String.fromCharCode(97 + sub++)})`;
    const first = r.parts[0];
    const last = r.parts[r.parts.length - 1];
    out.push({ kind: r.kind, label, text: c.text, pieces: c.pieces, span: { start: first.start, end: last.end }, verb: c.verb, verbSourceEnd: c.verbEnd });
  }
  return out;
}

/** Verb and body start: the bold verb when the source has one (and it is a verb-sized run), else the lexicon. */
function verbOf(p: SeedParagraph): { verb?: string; bodyStart: number } {
  if (p.verb && p.verbSourceEnd !== undefined && p.verb.length <= 8) {
    return { verb: p.verb, bodyStart: sourceToText(p.pieces, p.verbSourceEnd, p.text.length) };
  }
  return splitLeadingVerb(p.text);
}

export function seedCorpusDocument(file: string, meta: { symbol: string; date: string; status?: 'adopted' | 'draft' | 'report' }): CorpusDocument {
  const paras = seedParagraphs(readSeed(file));
  const paragraphs: CorpusParagraph[] = paras.map((p, index) => {
    const v = verbOf(p);
    return { index, kind: p.kind, label: p.label, labelText: labelTexts(p.label), text: p.text, verb: v.verb, bodyStart: v.bodyStart };
  });
  return {
    meta: {
      id: `${file}:${meta.symbol}`,
      path: `builtin:${file}`,
      symbol: meta.symbol,
      citation: { zh: meta.symbol, en: meta.symbol },
      kind: 'resolution',
      status: meta.status ?? 'adopted',
      date: meta.date,
      language: 'zh',
      builtIn: true,
    },
    paragraphs,
  };
}

/** A ResolutionDocument for a seed (one resolution; sub-paragraphs nested under their OP). */
export function seedResolutionDocument(file: string): ResolutionDocument {
  const text = readSeed(file);
  return resolutionDocumentFrom(text, seedParagraphs(text));
}

export function resolutionDocumentFrom(text: string, paras: SeedParagraph[]): ResolutionDocument {
  const li = new LineIndex(text);
  const range = (s: { start: number; end: number }) => ({ start: li.positionAt(s.start), end: li.positionAt(s.end) });
  const toParagraph = (p: SeedParagraph, ordinal: number): Paragraph => {
    const verb =
      p.verb && p.verbSourceEnd !== undefined && p.verb.length <= 8
        ? {
            verb: p.verb,
            span: { start: p.verbSourceEnd - p.verb.length - 4, end: p.verbSourceEnd },
            range: range({ start: p.verbSourceEnd - p.verb.length - 4, end: p.verbSourceEnd }),
            verbSpan: { start: p.verbSourceEnd - p.verb.length - 2, end: p.verbSourceEnd - 2 },
            verbRange: range({ start: p.verbSourceEnd - p.verb.length - 2, end: p.verbSourceEnd - 2 }),
            emphasised: true,
          }
        : undefined;
    return {
      kind: p.kind,
      ordinal,
      label: p.label,
      verb,
      text: p.text,
      pieces: p.pieces,
      parts: [p.span],
      span: p.span,
      range: range(p.span),
      endPunctuation: { char: p.text.slice(-1), span: { start: p.span.end - 1, end: p.span.end }, range: range({ start: p.span.end - 1, end: p.span.end }) },
      footnoteRefs: [],
      subparagraphs: [],
    };
  };
  const preambular: Paragraph[] = [];
  const operative: Paragraph[] = [];
  for (const p of paras) {
    if (p.kind === 'preambular') preambular.push(toParagraph(p, preambular.length + 1));
    else if (p.kind === 'operative') operative.push(toParagraph(p, operative.length + 1));
    else {
      const parent = operative[operative.length - 1];
      const sp = toParagraph(p, parent.subparagraphs.length + 1);
      sp.parentLabel = parent.label;
      parent.subparagraphs.push(sp);
    }
  }
  const all = { start: 0, end: text.length };
  return {
    text,
    language: 'zh',
    kind: 'resolution',
    header: [],
    resolutions: [{ span: all, range: range(all), preambular, operative, headings: [] }],
    reportParagraphs: [],
    footnoteRefs: [],
    footnoteDefs: [],
    references: [],
    urls: [],
    segments: [],
    problems: [],
  };
}
