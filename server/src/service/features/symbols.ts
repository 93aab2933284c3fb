/** Outline (document symbols) and folding ranges. */
import { format } from '../i18n';
import type { Paragraph, Range, Resolution } from '../model';
import { featureMessages as M } from './messages';
import { truncate } from './text';
import type { FeatureContext } from './types';
import { appendAll } from '../text/arrays';

/** LSP SymbolKind values used here. */
export const SymbolKind = { Module: 2, Namespace: 3, Method: 6, Field: 8, Constant: 14, String: 15, Number: 16 } as const;

export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: number;
  range: Range;
  selectionRange: Range;
  children?: OutlineSymbol[];
}

function cover(ranges: Range[]): Range {
  let start = ranges[0].start;
  let end = ranges[0].end;
  for (const r of ranges) {
    if (r.start.line < start.line || (r.start.line === start.line && r.start.character < start.character)) start = r.start;
    if (r.end.line > end.line || (r.end.line === end.line && r.end.character > end.character)) end = r.end;
  }
  return { start, end };
}

function within(inner: Range, outer: Range): Range {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
  const start = before(inner.start, outer.start) || before(outer.end, inner.start) ? outer.start : inner.start;
  let end = before(outer.end, inner.end) || before(inner.end, start) ? outer.end : inner.end;
  if (before(end, start)) end = start;
  return { start, end };
}

function paragraphSymbol(p: Paragraph, kind: number): OutlineSymbol {
  const number = p.number?.text;
  const verb = p.verb?.verb;
  const name = [number ?? p.label, verb].filter(Boolean).join(' ');
  const sel = p.number?.range ?? p.verb?.verbRange ?? p.range;
  const sym: OutlineSymbol = {
    name: name || p.label,
    detail: truncate(p.text.slice(0, 60), 40),
    kind,
    range: p.range,
    selectionRange: within(sel, p.range),
  };
  if (p.subparagraphs?.length) sym.children = p.subparagraphs.map((s) => paragraphSymbol(s, SymbolKind.Field));
  return sym;
}

/**
 * Puts a part's section headings (`I Implementation of the Convention…`, `UNSOM`) in its outline: each
 * heading holds the paragraphs that follow it up to the next heading; paragraphs before the first stay
 * where they are.
 */
function withHeadings(children: OutlineSymbol[], headings: Resolution['headings']): OutlineSymbol[] {
  if (!headings.length) return children;
  const at = (r: Range) => r.start.line * 1e6 + r.start.character;
  const out: OutlineSymbol[] = [];
  let group: OutlineSymbol | undefined;
  const items = [...children.map((c) => ({ c, h: false })), ...headings.map((h) => ({ c: { name: h.text, kind: SymbolKind.String, range: h.range, selectionRange: h.range } as OutlineSymbol, h: true }))];
  items.sort((a, b) => at(a.c.range) - at(b.c.range));
  for (const { c, h } of items) {
    if (h) {
      group = { ...c, children: [] };
      out.push(group);
    } else if (group) {
      group.children!.push(c);
      group.range = cover([group.range, c.range]);
    } else out.push(c);
  }
  return out;
}

function resolutionChildren(ctx: FeatureContext, r: Resolution): OutlineSymbol[] {
  const loc = ctx.settings.locale;
  const out: OutlineSymbol[] = [];
  // a heading after the last preambular paragraph heads the operative part
  const ppEnd = r.preambular.length ? r.preambular[r.preambular.length - 1].span.end : -1;
  const ppHeadings = r.headings.filter((h) => h.span.start < ppEnd);
  const opHeadings = r.headings.filter((h) => h.span.start >= ppEnd);
  if (r.preambular.length) {
    const children = withHeadings(r.preambular.map((p) => paragraphSymbol(p, SymbolKind.Field)), ppHeadings);
    const range = cover(children.map((c) => c.range));
    out.push({ name: format(loc, M.preamble), detail: `${r.preambular.length}`, kind: SymbolKind.Namespace, range, selectionRange: children[0].selectionRange, children });
  }
  if (r.operative.length) {
    const children = withHeadings(r.operative.map((p) => paragraphSymbol(p, SymbolKind.Method)), opHeadings);
    const range = cover(children.map((c) => c.range));
    out.push({ name: format(loc, M.operativePart), detail: `${r.operative.length}`, kind: SymbolKind.Namespace, range, selectionRange: children[0].selectionRange, children });
  }
  return out;
}

export function documentSymbols(ctx: FeatureContext): OutlineSymbol[] {
  const doc = ctx.analysis.document;
  const loc = ctx.settings.locale;
  const out: OutlineSymbol[] = [];
  if (doc.header.length) {
    const children = doc.header.map((h) => ({
      name: h.text || h.kind,
      detail: h.kind,
      kind: SymbolKind.String,
      range: h.range,
      selectionRange: h.range,
    }));
    const range = cover(children.map((c) => c.range));
    out.push({ name: format(loc, M.header), kind: SymbolKind.Namespace, range, selectionRange: children[0].range, children });
  }
  const standalone = doc.resolutions.length === 1 && !doc.resolutions[0].embeddedLabel;
  for (const r of doc.resolutions) {
    const children = resolutionChildren(ctx, r);
    if (standalone) {
      appendAll(out, children);
    } else {
      const name = r.embeddedLabel ?? r.number ?? r.title ?? `#${r.embeddedIndex ?? 1}`;
      out.push({ name, detail: r.title, kind: SymbolKind.Module, range: r.range, selectionRange: r.organ?.range ?? r.range, children });
    }
  }
  for (const d of doc.decisions ?? []) {
    // A report's draft decisions, after its draft resolutions: label, title, then the decision's text.
    const children = d.paragraphs.map((p) => paragraphSymbol(p, SymbolKind.Method));
    out.push({ name: d.label, detail: d.title, kind: SymbolKind.Module, range: d.range, selectionRange: within(d.header[0]?.range ?? d.range, d.range), children });
  }
  if (doc.reportParagraphs.length) appendAll(out, doc.reportParagraphs.map((p) => paragraphSymbol(p, SymbolKind.Field)));
  if (doc.footnoteDefs.length) {
    const children = doc.footnoteDefs.map((d) => ({
      name: String(d.number),
      detail: truncate(d.text, 40),
      kind: SymbolKind.Number,
      range: d.range,
      selectionRange: within(d.markerRange, d.range),
    }));
    out.push({ name: format(loc, M.footnotes), detail: `${children.length}`, kind: SymbolKind.Namespace, range: cover(children.map((c) => c.range)), selectionRange: children[0].selectionRange, children });
  }
  return out;
}

export interface FoldingRangeResult {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'imports' | 'region';
}

export function foldingRanges(ctx: FeatureContext): FoldingRangeResult[] {
  const doc = ctx.analysis.document;
  const out: FoldingRangeResult[] = [];
  const add = (r: Range, kind?: FoldingRangeResult['kind']) => {
    let end = r.end.line;
    if (r.end.character === 0 && end > r.start.line) end--;
    if (end > r.start.line) out.push({ startLine: r.start.line, endLine: end, ...(kind ? { kind } : {}) });
  };
  if (doc.header.length) add(cover(doc.header.map((h) => h.range)), 'region');
  const walk = (p: Paragraph) => {
    add(p.range);
    p.subparagraphs?.forEach(walk);
  };
  for (const r of doc.resolutions) {
    if (doc.resolutions.length > 1 || r.embeddedLabel) add(r.range, 'region');
    if (r.preambular.length) add(cover(r.preambular.map((p) => p.range)), 'region');
    if (r.operative.length) add(cover(r.operative.map((p) => p.range)), 'region');
    r.preambular.forEach(walk);
    r.operative.forEach(walk);
  }
  for (const d of doc.decisions ?? []) {
    add(d.range, 'region');
    d.paragraphs.forEach(walk);
  }
  doc.reportParagraphs.forEach(walk);
  // Runs of footnote definitions (a page's footnote block) fold as comments.
  const defs = [...doc.footnoteDefs].sort((a, b) => a.span.start - b.span.start);
  let run: Range[] = [];
  const flush = () => {
    if (run.length) add(cover(run), 'comment');
    run = [];
  };
  for (const d of defs) {
    const last = run[run.length - 1];
    if (last && d.range.start.line - last.end.line > 2) flush();
    run.push(d.range);
  }
  flush();
  // Deduplicate identical ranges.
  const seen = new Set<string>();
  return out.filter((f) => {
    const k = `${f.startLine}:${f.endLine}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
