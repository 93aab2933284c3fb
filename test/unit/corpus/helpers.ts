/** Small hand-built parse results, for testing the corpus independently of the parser. */
import type { HeaderLine, OrganKind, Paragraph, ParagraphKind, Resolution, ResolutionDocument } from '../../../server/src/service/model';
import { emptyDocument } from '../../../server/src/service/parser';

const R = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const at = (start: number, end: number) => ({ span: { start, end }, range: R });

let cursor = 0;

export function para(
  kind: ParagraphKind,
  ordinal: number,
  text: string,
  opts: { number?: string; verb?: string; lead?: string; subs?: Paragraph[]; label?: string } = {},
): Paragraph {
  const start = (cursor += 10);
  cursor += text.length;
  const p: Paragraph = {
    ...at(start, start + text.length),
    kind,
    ordinal,
    label: opts.label ?? '',
    text,
    pieces: [{ textStart: 0, sourceStart: start, length: text.length }],
    parts: [{ start, end: start + text.length }],
    endPunctuation: { ...at(start + text.length - 1, start + text.length), char: text.slice(-1) },
    footnoteRefs: [],
    subparagraphs: opts.subs ?? [],
  };
  if (opts.number) {
    const m = /\d+/.exec(opts.number);
    const letter = /^\(([a-z])\)$/.exec(opts.number);
    p.number = {
      ...at(start, start),
      text: opts.number,
      value: m ? Number(m[0]) : letter ? letter[1].charCodeAt(0) - 96 : ordinal,
      style: m ? 'arabic' : 'alpha',
    };
  }
  if (opts.verb) {
    const vStart = text.indexOf(opts.verb);
    p.verb = {
      ...at(start, start + vStart + opts.verb.length),
      verb: opts.verb,
      lead: opts.lead,
      verbSpan: { start: start + vStart, end: start + vStart + opts.verb.length },
      verbRange: R,
      emphasised: false,
    };
  }
  return p;
}

export function resolution(pp: Paragraph[], op: Paragraph[], extra: Partial<Resolution> = {}, organ?: OrganKind): Resolution {
  return {
    ...at(0, cursor),
    preambular: pp,
    operative: op,
    headings: [],
    ...(organ ? { organ: { ...at(0, 3), text: organ === 'General Assembly' ? '大会，' : '经济及社会理事会，', organ } } : {}),
    ...extra,
  };
}

export function header(kind: HeaderLine['kind'], text: string, extra: Partial<HeaderLine> = {}): HeaderLine {
  return { ...at(0, text.length), kind, text, ...extra };
}

export function document(parts: Partial<ResolutionDocument>): ResolutionDocument {
  return { ...emptyDocument('', 'zh'), kind: 'resolution', ...parts };
}
