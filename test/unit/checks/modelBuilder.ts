/**
 * Builds small resolution models by hand for unit tests of the checks, with
 * real spans and ranges into a real source text. One line per element;
 * `<sup>n</sup>` in a line is a footnote reference.
 */
import type { FootnoteDef, FootnoteRef, Language, Paragraph, ParagraphNumber, Resolution, ResolutionDocument, Span } from '../../../server/src/service/model';
import { LineIndex } from '../../../server/src/service/text/lineIndex';

type Style = ParagraphNumber['style'];

interface PendingParagraph {
  p: Paragraph;
  lineStart: number;
}

export class ModelBuilder {
  private source = '';
  private readonly res: Resolution;
  private readonly refs: Array<{ number: number; span: Span }> = [];
  private readonly defs: Array<{ number: number; span: Span; marker: Span; text: string }> = [];
  private readonly paragraphs: PendingParagraph[] = [];
  private readonly resolutions: Resolution[] = [];
  private readonly reportParagraphs: Paragraph[] = [];

  constructor(private readonly language: Language = 'zh') {
    this.res = this.newResolution();
  }

  private newResolution(embeddedLabel?: string, embeddedIndex?: number): Resolution {
    const res: Resolution = {
      span: { start: 0, end: 0 },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      preambular: [],
      operative: [],
      headings: [],
      ...(embeddedLabel ? { embeddedLabel, embeddedIndex } : {}),
    };
    this.resolutions.push(res);
    return res;
  }

  private current(): Resolution {
    return this.resolutions[this.resolutions.length - 1];
  }

  /** Starts an embedded resolution (draft resolution I, II…). */
  embedded(label: string): this {
    this.line(label);
    this.newResolution(label, this.resolutions.length);
    return this;
  }

  private line(text: string): number {
    const start = this.source.length;
    this.source += text + '\n\n';
    return start;
  }

  organ(text: string): this {
    const start = this.line(text);
    this.current().organ = { text, organ: 'General Assembly', span: { start, end: start + text.length }, range: zeroRange() };
    return this;
  }

  pp(text: string): this {
    const p = this.paragraph('preambular', undefined, text);
    this.current().preambular.push(p);
    p.ordinal = this.current().preambular.length;
    p.label = `PP ${p.ordinal}`;
    return this;
  }

  op(numberText: string, value: number, text: string): this {
    const p = this.paragraph('operative', { text: numberText, value, style: 'arabic' }, text);
    this.current().operative.push(p);
    p.ordinal = this.current().operative.length;
    p.label = `OP ${value}`;
    return this;
  }

  /** A numbered paragraph of a report (outside embedded resolutions). */
  report(numberText: string, value: number, text: string): this {
    const p = this.paragraph('report', { text: numberText, value, style: 'arabic' }, text);
    this.reportParagraphs.push(p);
    p.ordinal = this.reportParagraphs.length;
    p.label = `para. ${value}`;
    return this;
  }

  /** A sub-paragraph of the last OP (depth 1) or of its last sub-paragraph (depth 2). */
  sub(numberText: string, value: number, style: Style, text: string, depth = 1, parentKind: 'operative' | 'preambular' = 'operative'): this {
    const list = parentKind === 'operative' ? this.current().operative : this.current().preambular;
    let parent = list[list.length - 1];
    for (let d = 1; d < depth; d++) parent = parent.subparagraphs[parent.subparagraphs.length - 1];
    const p = this.paragraph('subparagraph', { text: numberText, value, style }, text);
    parent.subparagraphs.push(p);
    p.ordinal = parent.subparagraphs.length;
    p.parentLabel = parent.label;
    p.label = `${parent.label}${numberText}`;
    return this;
  }

  footnote(number: number, text: string): this {
    const marker = `<sup>${number}</sup>`;
    const start = this.line(`${marker} ${text}`);
    this.defs.push({ number, span: { start, end: start + marker.length + 1 + text.length }, marker: { start, end: start + marker.length }, text });
    return this;
  }

  private paragraph(kind: Paragraph['kind'], number: { text: string; value: number; style: Style } | undefined, body: string): Paragraph {
    const lineText = number ? `${number.text} ${body}` : body;
    const start = this.line(lineText);
    const bodyStart = start + (number ? number.text.length + 1 : 0);
    // Footnote references and clean text.
    const pieces: Paragraph['pieces'] = [];
    const footnoteRefs: number[] = [];
    let clean = '';
    const re = /<sup>(\d+)<\/sup>/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body))) {
      if (m.index > last) pieces.push({ textStart: clean.length, sourceStart: bodyStart + last, length: m.index - last });
      clean += body.slice(last, m.index);
      const n = Number(m[1]);
      footnoteRefs.push(n);
      this.refs.push({ number: n, span: { start: bodyStart + m.index, end: bodyStart + m.index + m[0].length } });
      last = m.index + m[0].length;
    }
    if (last < body.length) pieces.push({ textStart: clean.length, sourceStart: bodyStart + last, length: body.length - last });
    clean += body.slice(last);
    // End punctuation: last character of the clean text if it is a mark.
    const trimmed = clean.replace(/\s+$/, '');
    const lastChar = trimmed.slice(-1);
    const isMark = /[，；。：,;.:]/.test(lastChar);
    let endSpan: Span = { start: bodyStart + body.length, end: bodyStart + body.length };
    if (isMark) {
      const piece = pieces[pieces.length - 1];
      const off = piece.sourceStart + (trimmed.length - 1 - piece.textStart);
      endSpan = { start: off, end: off + 1 };
    }
    const p: Paragraph = {
      kind,
      ordinal: 0,
      label: '',
      text: clean,
      pieces,
      parts: [{ start: bodyStart, end: bodyStart + body.length }],
      endPunctuation: { char: isMark ? lastChar : '', span: endSpan, range: zeroRange() },
      footnoteRefs,
      subparagraphs: [],
      span: { start, end: start + lineText.length },
      range: zeroRange(),
      ...(number
        ? { number: { ...number, span: { start, end: start + number.text.length }, range: zeroRange() } }
        : {}),
    };
    this.paragraphs.push({ p, lineStart: start });
    return p;
  }

  build(): ResolutionDocument {
    const text = this.source;
    const lines = new LineIndex(text);
    const fix = (x: { span: Span; range: unknown }) => {
      x.range = lines.range(x.span);
    };
    for (const { p } of this.paragraphs) {
      fix(p);
      fix(p.endPunctuation);
      if (p.number) fix(p.number);
    }
    for (const res of this.resolutions) if (res.organ) fix(res.organ);
    const footnoteRefs: FootnoteRef[] = this.refs.map((r) => ({ number: r.number, form: 'sup', span: r.span, range: lines.range(r.span) }));
    const footnoteDefs: FootnoteDef[] = this.defs.map((d) => ({
      number: d.number,
      text: d.text,
      span: d.span,
      range: lines.range(d.span),
      markerSpan: d.marker,
      markerRange: lines.range(d.marker),
    }));
    return {
      text,
      language: this.language,
      kind: 'resolution',
      header: [],
      resolutions: this.resolutions,
      reportParagraphs: this.reportParagraphs,
      footnoteRefs,
      footnoteDefs,
      references: [],
      urls: [],
      segments: [],
      problems: [],
    };
  }
}

function zeroRange() {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** The source text a diagnostic's range covers. */
export function rangeText(doc: ResolutionDocument, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = new LineIndex(doc.text);
  return doc.text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}
