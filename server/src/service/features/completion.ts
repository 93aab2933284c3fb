/**
 * Completion: leading verbs ranked by corpus use in that position, footnote
 * numbers after `<sup>` / `[^`, and agreed continuations of a clause.
 */
import { format } from '../i18n';
import { listSeparator } from '../i18n/citations';
import type { Position } from '../model';
import { citationOf, corpusView, advanceNormalised, normaliseKey, prefixSearch } from './corpusView';
import { paragraphCitation } from './agreements';
import { featureMessages as M } from './messages';
import { truncate } from './text';
import type { FeatureContext, TextEdit } from './types';
import { getProfile } from '../language';
import { hasIdeograph } from '../language/script';
import { appendAll } from '../text/arrays';

/** LSP CompletionItemKind values used here. */
export const CompletionKind = { Text: 1, Keyword: 14, Snippet: 15, Reference: 18, Value: 12 } as const;

export interface CompletionResult {
  label: string;
  kind: number;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  textEdit: TextEdit;
  filterText?: string;
  sortText: string;
}

const NUMBER_PREFIX = /^\s*(?:[0-9]{1,3}\.\s*|\([a-zA-Z]{1,5}\)\s*|[㈠-㈩]\s*)?/;
const EMPHASIS_OPEN = /^(\*\*|\*|_)/;

export function completion(ctx: FeatureContext, position: Position): CompletionResult[] {
  const lineText = ctx.lines.lineText(position.line);
  const before = lineText.slice(0, Math.min(position.character, lineText.length));
  const footnote = footnoteCompletion(ctx, position, before, lineText.slice(before.length));
  if (footnote) return footnote;
  const out: CompletionResult[] = [];
  appendAll(out, verbCompletion(ctx, position, before));
  appendAll(out, agreedCompletion(ctx, position, before));
  return out;
}

function footnoteCompletion(ctx: FeatureContext, position: Position, before: string, after: string): CompletionResult[] | undefined {
  const m = /(<sup>|\[\^)([0-9]{0,3})$/.exec(before);
  if (!m) return undefined;
  const doc = ctx.analysis.document;
  const offset = ctx.lines.offsetAt(position);
  const closer = m[1] === '<sup>' ? '</sup>' : ']';
  const needsCloser = !after.startsWith(closer);
  const range = { start: { line: position.line, character: position.character - m[2].length }, end: position };
  const earlier = doc.footnoteRefs.filter((r) => r.span.end <= offset - m[0].length);
  const next = earlier.reduce((mx, r) => Math.max(mx, r.number), 0) + 1;
  const loc = ctx.settings.locale;
  const items: CompletionResult[] = [
    {
      label: String(next),
      kind: CompletionKind.Value,
      detail: format(loc, M.footnoteNext),
      textEdit: { range, newText: String(next) + (needsCloser ? closer : '') },
      sortText: '0',
    },
  ];
  const seen = new Set([next]);
  for (const d of [...doc.footnoteDefs].sort((a, b) => a.number - b.number)) {
    if (seen.has(d.number)) continue;
    seen.add(d.number);
    items.push({
      label: String(d.number),
      kind: CompletionKind.Reference,
      detail: truncate(d.text, 60),
      documentation: d.text,
      textEdit: { range, newText: String(d.number) + (needsCloser ? closer : '') },
      sortText: `1${String(d.number).padStart(4, '0')}`,
    });
  }
  return items;
}

function isOperativePosition(ctx: FeatureContext, position: Position, before: string): boolean {
  if (/^\s*[0-9]{1,3}\.\s*/.test(before) || /^\s*\([a-z]{1,5}\)/.test(before)) return true;
  const offset = ctx.lines.offsetAt(position);
  for (const r of ctx.analysis.document.resolutions) {
    const first = r.operative[0];
    if (first && first.span.start <= offset && offset <= r.span.end + 1) return true;
  }
  return false;
}

function verbCompletion(ctx: FeatureContext, position: Position, before: string): CompletionResult[] {
  const lead = NUMBER_PREFIX.exec(before)?.[0] ?? '';
  let rest = before.slice(lead.length);
  const emph = EMPHASIS_OPEN.exec(rest)?.[0] ?? '';
  rest = rest.slice(emph.length);
  // Only at the start of a paragraph, while the verb is being typed.
  const zh = ctx.analysis.document.language === 'zh';
  if (/[，,；;：:。.*]/.test(rest) || rest.length > (zh ? 6 : 24)) return [];
  if (rest.length === 0 && lead.length === 0 && emph.length === 0 && before.length > 0) return [];
  const operative = isOperativePosition(ctx, position, before);
  const language = ctx.analysis.document.language;
  const profile = getProfile(language);
  // Corpus verbs of the draft's language: by script for Chinese and English (a Chinese verb in an English
  // draft, or the reverse, is never offered), by the profile's lexicon for the other languages.
  const sameLanguage = (verb: string): boolean =>
    language === 'zh' || language === 'en' ? hasIdeograph(verb) === (language === 'zh') : profile.verbAt(verb, 0) > 0;
  const counts = new Map<string, number>();
  if (ctx.corpus) {
    for (const v of corpusView(ctx.corpus).verbs.values()) {
      const n = operative ? v.operative : v.preambular;
      if (n > 0 && sameLanguage(v.verb)) counts.set(v.verb, n);
    }
  }
  const builtIn = profile.builtinVerbs[operative ? 'operative' : 'preambular'];
  builtIn.forEach((v) => {
    if (!counts.has(v)) counts.set(v, 0);
  });
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || builtInRank(builtIn, a[0]) - builtInRank(builtIn, b[0]));
  const range = { start: { line: position.line, character: lead.length + emph.length }, end: position };
  const close = emph && !/\*\*|\*|_/.test(rest) ? emph : '';
  const loc = ctx.settings.locale;
  return ranked.map(([verb, n], i) => ({
    label: verb,
    kind: CompletionKind.Keyword,
    detail: format(loc, operative ? M.verbDetailOP : M.verbDetailPP, { n }),
    textEdit: { range, newText: verb + close },
    filterText: verb,
    sortText: `v${String(i).padStart(4, '0')}`,
  }));
}

function builtInRank(list: readonly string[], verb: string): number {
  const i = list.indexOf(verb);
  return i < 0 ? 999 : i;
}

const CLAUSE_START = /[，,；;：:。]\s*(?=[^，,；;：:。]*$)/;

function agreedCompletion(ctx: FeatureContext, position: Position, before: string): CompletionResult[] {
  if (!ctx.corpus) return [];
  const lead = NUMBER_PREFIX.exec(before)?.[0] ?? '';
  let clauseStart = lead.length;
  const m = CLAUSE_START.exec(before.slice(clauseStart));
  if (m) clauseStart += m.index + m[0].length;
  const typed = before.slice(clauseStart);
  const key = normaliseKey(typed);
  const zh = hasIdeograph(key);
  if (key.length < (zh ? 3 : 6)) return [];
  const view = corpusView(ctx.corpus);
  const loc = ctx.settings.locale;
  const found = prefixSearch(view, typed, 60).sort((a, b) => dateNumber(b.ref.doc.meta.date) - dateNumber(a.ref.doc.meta.date));
  const out: CompletionResult[] = [];
  const byText = new Map<string, CompletionResult & { sources: number }>();
  const range = { start: { line: position.line, character: clauseStart }, end: position };
  for (const e of found) {
    if (ctx.exclude.has(e.ref.doc.meta.id)) continue;
    const text = e.ref.paragraph.text;
    const matchedEnd = advanceNormalised(text, e.start, key.length);
    // Offer the continuation up to the end of the paragraph (without its closing punctuation), never empty.
    const rest = text.slice(matchedEnd).replace(/[，,；;。.：:]\s*$/, '').replace(/\s+$/, '');
    if (!rest.trim()) continue;
    const newText = typed + rest;
    const d = e.ref.doc;
    const citation = paragraphCitation(loc, citationOf(d, loc), e.ref.paragraph.label, d.meta.date, e.ref.paragraph.page);
    const same = byText.get(newText);
    if (same) {
      // The same continuation in several precedents: list them all (newest first).
      if (++same.sources <= 3) same.detail = `${same.detail}${listSeparator(loc)}${citation}`;
      continue;
    }
    if (byText.size >= 20) continue;
    const item = {
      label: truncate(typed.replace(/\*/g, '') + rest, 50),
      kind: CompletionKind.Snippet,
      detail: citation,
      documentation: text,
      textEdit: { range, newText },
      filterText: typed,
      // Newest precedent first.
      sortText: `a${String(99999999 - dateNumber(d.meta.date)).padStart(8, '0')}${String(byText.size).padStart(3, '0')}`,
      sources: 1,
    };
    byText.set(newText, item);
  }
  for (const { sources: _sources, ...item } of byText.values()) out.push(item);
  return out;
}

function dateNumber(date: string | undefined): number {
  const digits = (date ?? '').replace(/[^0-9]/g, '').slice(0, 8).padEnd(8, '0');
  return Number(digits) || 0;
}
