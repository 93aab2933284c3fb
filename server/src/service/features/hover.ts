/**
 * Hover: agreed-language sources with the differences marked, what the corpus
 * knows of a referenced document, a footnote's text, a leading verb's usage.
 */
import { pageSuffix } from '../i18n/citations';
import { format } from '../i18n';
import { listSeparator } from '../i18n/citations';
import type { ParagraphAgreement } from '../matching';
import type { DocumentReference, Position } from '../model';
import { citationOf, corpusView, findCorpusDocument, paragraphsCiting } from './corpusView';
import { paragraphOfAgreement, sourceCitation, sourceParagraph } from './agreements';
import { bodyStart, footnoteRefAt, referenceAt, verbAt } from './locate';
import { featureMessages as M } from './messages';
import { openSourceLines } from './openSource';
import { escapeMarkdown, renderDiffMarkdown, truncate } from './text';
import { onlyTechnical, splitUpdates, technicalLine, technicalMessages, type UpdateSplit } from './technicalUpdates';
import type { FeatureContext, HoverResult } from './types';
import { appendAll, minOf } from '../text/arrays';

export function hover(ctx: FeatureContext, position: Position): HoverResult | undefined {
  const offset = ctx.lines.offsetAt(position);
  const doc = ctx.analysis.document;
  const ref = footnoteRefAt(doc, offset);
  if (ref) return footnoteHover(ctx, ref.number, ref.range);
  const dref = referenceAt(doc, offset);
  if (dref) return referenceHover(ctx, dref);
  const v = verbAt(doc, offset);
  if (v && offset < v.verb.verbSpan.end + 1) {
    const h = verbHover(ctx, v.verb.verb);
    if (h) return { contents: h, range: v.verb.verbRange };
  }
  return agreementHover(ctx, offset);
}

function footnoteHover(ctx: FeatureContext, n: number, range: HoverResult['range']): HoverResult {
  const loc = ctx.settings.locale;
  const def = ctx.analysis.document.footnoteDefs.find((d) => d.number === n);
  const head = `**${format(loc, M.footnote, { n })}**`;
  const body = def ? escapeMarkdown(def.text) : format(loc, M.footnoteUndefined, { n });
  return { contents: `${head}\n\n${body}`, range };
}

export function verbHover(ctx: FeatureContext, verb: string): string | undefined {
  const loc = ctx.settings.locale;
  const head = `**${format(loc, M.verbHeading, { verb })}**`;
  if (!ctx.corpus) return `${head}\n\n${format(loc, M.noCorpus)}`;
  const v = corpusView(ctx.corpus).verbs.get(verb);
  return `${head}\n\n${format(loc, M.verbUsage, { pp: v?.preambular ?? 0, op: v?.operative ?? 0 })}`;
}

function referenceHover(ctx: FeatureContext, r: DocumentReference): HoverResult {
  const loc = ctx.settings.locale;
  const lines: string[] = [];
  if (r.malformed) {
    lines.push(`**${escapeMarkdown(r.raw)}**`, '', format(loc, M.malformed));
    return { contents: lines.join('\n'), range: r.range };
  }
  const keys: Array<{ key: string; heading: string }> = [];
  if (r.kind === 'symbol' && r.symbol) keys.push({ key: r.symbol, heading: format(loc, M.referenceHeading, { symbol: r.symbol }) });
  for (const e of r.entries ?? []) keys.push({ key: e.number, heading: format(loc, M.resolutionHeading, { number: e.number }) });
  if (!keys.length) keys.push({ key: r.raw, heading: escapeMarkdown(r.raw) });
  for (const { key, heading } of keys.slice(0, 4)) {
    if (lines.length) lines.push('', '---', '');
    lines.push(`**${escapeMarkdown(heading)}**`, '');
    if (!ctx.corpus) {
      lines.push(format(loc, M.noCorpus));
      continue;
    }
    const doc = findCorpusDocument(ctx.corpus, key, r.organ);
    if (doc) {
      lines.push(`- ${escapeMarkdown(citationOf(doc, loc))}`);
      if (doc.meta.title) lines.push(`- ${format(loc, M.corpusTitle, { title: escapeMarkdown(doc.meta.title) })}`);
      if (doc.meta.date) lines.push(`- ${format(loc, M.corpusDate, { date: doc.meta.date })}`);
    }
    const facts = ctx.corpus.references.get(key);
    if (facts?.dates.length) {
      const dates = [...new Set(facts.dates.map((d) => `${d.date} (${d.source})`))].slice(0, 4).join(listSeparator(loc));
      lines.push(`- ${format(loc, M.datesCited, { dates: escapeMarkdown(dates) })}`);
    }
    if (facts?.titles.length) {
      const titles = [...new Set(facts.titles.map((t) => `“${t.title}” (${t.source})`))].slice(0, 3).join(listSeparator(loc));
      lines.push(`- ${format(loc, M.titlesCited, { titles: escapeMarkdown(titles) })}`);
    }
    const citing = paragraphsCiting(ctx.corpus, key, 6, ctx.exclude);
    if (citing.length) {
      lines.push('', format(loc, M.citedBy));
      for (const c of citing) {
        const date = c.doc.meta.date ? ` (${c.doc.meta.date})` : '';
        lines.push(`- ${escapeMarkdown(citationOf(c.doc, loc))}, ${escapeMarkdown(c.paragraph.label + pageSuffix(loc, c.paragraph.page))}${date}`);
      }
    }
    if (!doc && !facts && !citing.length) lines.push(format(loc, M.notInCorpus));
  }
  return { contents: lines.join('\n'), range: r.range };
}

function agreementAt(ctx: FeatureContext, offset: number): ParagraphAgreement | undefined {
  let best: ParagraphAgreement | undefined;
  for (const a of ctx.analysis.agreements) {
    if (a.status === 'new' || !a.sources.length) continue;
    if (a.spans.some((s) => offset >= s.start && offset <= s.end)) {
      // Prefer the narrowest (partial spans inside a paragraph).
      const w = minOf(a.spans.map((s) => s.end - s.start));
      const bw = best ? minOf(best.spans.map((s) => s.end - s.start)) : Infinity;
      if (w < bw) best = a;
    }
  }
  return best;
}

function agreementHover(ctx: FeatureContext, offset: number): HoverResult | undefined {
  const a = agreementAt(ctx, offset);
  if (!a) return undefined;
  const loc = ctx.settings.locale;
  const p = paragraphOfAgreement(ctx, a);
  const draftBody = p ? p.text.slice(bodyStart(p)) : '';
  // Technical updates (dates, sessions, symbols) apart from substantive changes, per shown source.
  const shown = a.sources.slice(0, 3);
  const agreedOf = (s: (typeof shown)[number]) => {
    const cp = sourceParagraph(ctx, s);
    return cp && cp.text === s.text ? cp.text.slice(cp.bodyStart) : s.text;
  };
  const splits: Array<UpdateSplit | undefined> = shown.map((s) => (a.status === 'near' && draftBody ? splitUpdates(agreedOf(s), draftBody) : undefined));
  const heading =
    a.status === 'exact' ? M.agreedHeading : a.status === 'near' ? (splits[0] && onlyTechnical(splits[0]) ? technicalMessages.technicalHeading : M.nearHeading) : M.partialHeading;
  const lines = [`**${format(loc, heading)}**`];
  for (const [k, s] of shown.entries()) {
    // A paragraph that keeps an agreed text and adds clauses to it has a low whole-text similarity;
    // say how much of the agreed text it keeps (coverage) beside it.
    const score =
      s.coverage !== undefined
        ? format(loc, M.similarityCoverage, { p: Math.round(s.similarity * 100), c: Math.round(s.coverage * 100) })
        : format(loc, M.similarity, { p: Math.round(s.similarity * 100) });
    lines.push('', `**${escapeMarkdown(sourceCitation(ctx, s))}** — ${score}`, '');
    appendAll(lines, openSourceLines(ctx, s));
    const verbChange = s.changes.find((c) => c.kind === 'verb');
    if (verbChange?.from && verbChange.to) lines.push(`_${escapeMarkdown(format(loc, M.verbChanged, { from: verbChange.from, to: verbChange.to }))}_`, '');
    let agreed = s.text;
    const draft = draftBody;
    if (a.status === 'partial') {
      // The reused clause comes from this source; show the source paragraph.
      lines.push(`> ${escapeMarkdown(truncate(agreed, 400))}`);
      continue;
    }
    agreed = agreedOf(s);
    const technical = splits[k] && technicalLine(loc, splits[k]);
    if (technical) lines.push(technical, '');
    if (a.status === 'exact' || !draft) lines.push(`> ${escapeMarkdown(truncate(agreed, 600))}`);
    else lines.push(`> ${renderDiffMarkdown(agreed, draft)}`);
  }
  if (a.status === 'near') lines.push('', `_${format(loc, M.legend)}_`);
  const span = a.spans.find((x) => offset >= x.start && offset <= x.end) ?? a.spans[0];
  return { contents: lines.join('\n'), range: ctx.lines.range(span) };
}
