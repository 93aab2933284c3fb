/** The agreed-language report: per paragraph agreed / near / partial / new, with sources. */
import { cancellationCheck, type CancellationFlag } from '../cancellation';
import { format } from '../i18n';
import type { ParagraphAgreement } from '../matching';
import type { Range } from '../model';
import { sourceSymbol } from './agreements';
import { allParagraphs } from './locate';
import { featureMessages as M } from './messages';
import { escapeMarkdown } from './text';
import type { FeatureContext } from './types';

export type ReportStatus = 'agreed' | 'near' | 'partial' | 'new';

export interface ReportEntry {
  label: string;
  status: ReportStatus;
  range: Range;
  sources: Array<{ symbol: string; paragraph: string; date?: string; similarity: number }>;
}

export interface AgreementReport {
  paragraphs: ReportEntry[];
  counts: Record<ReportStatus, number>;
  /** Share (0–1) of paragraphs that are agreed or near-agreed language. */
  agreedShare: number;
  /** The report rendered as Markdown (localised). */
  markdown: string;
}

const RANK: Record<ReportStatus, number> = { agreed: 3, near: 2, partial: 1, new: 0 };

/** The report. With a flag, its loops read it every few items and a cancelled request stops (CancelledError). */
export function agreementReport(ctx: FeatureContext, token?: CancellationFlag): AgreementReport {
  const check = cancellationCheck(token);
  const doc = ctx.analysis.document;
  const loc = ctx.settings.locale;
  const entries: ReportEntry[] = [];
  const byLabel = new Map<string, ParagraphAgreement[]>();
  for (const a of ctx.analysis.agreements) {
    check();
    const list = byLabel.get(a.label);
    if (list) list.push(a);
    else byLabel.set(a.label, [a]);
  }
  for (const p of allParagraphs(doc)) {
    check();
    if (p.kind === 'report') continue;
    const mine = (byLabel.get(p.label) ?? []).filter(
      (a) => a.spans.length === 0 || a.spans.some((s) => s.start >= p.span.start - 1 && s.start <= p.span.end),
    );
    let status: ReportStatus = 'new';
    const sources: ReportEntry['sources'] = [];
    for (const a of mine) {
      const st: ReportStatus = a.status === 'exact' ? 'agreed' : a.status;
      if (RANK[st] > RANK[status]) status = st;
      for (const s of a.sources) {
        if (!sources.some((x) => x.symbol === sourceSymbol(ctx, s) && x.paragraph === s.paragraph)) {
          sources.push({ symbol: sourceSymbol(ctx, s), paragraph: s.paragraph, date: s.date, similarity: s.similarity });
        }
      }
    }
    entries.push({ label: p.label, status, range: p.range, sources });
  }
  const counts: Record<ReportStatus, number> = { agreed: 0, near: 0, partial: 0, new: 0 };
  for (const e of entries) counts[e.status]++;
  const agreedShare = entries.length ? (counts.agreed + counts.near) / entries.length : 0;
  const lines = [
    `# ${format(loc, M.reportTitle)}`,
    '',
    format(loc, M.reportSummary, { total: entries.length, agreed: counts.agreed, near: counts.near, partial: counts.partial, new: counts.new, share: Math.round(agreedShare * 100) }),
    '',
    `| ${format(loc, M.reportParagraph)} | ${format(loc, M.reportStatus)} | ${format(loc, M.reportSources)} |`,
    '| --- | --- | --- |',
  ];
  for (const e of entries) {
    check();
    const src = e.sources
      .slice(0, 3)
      .map((s) => `${s.symbol} ${s.paragraph}${s.date ? ` (${s.date.slice(0, 4)})` : ''} ${Math.round(s.similarity * 100)}%`)
      .join('; ');
    lines.push(`| ${escapeMarkdown(e.label)} | ${format(loc, M[`status_${e.status}`])} | ${escapeMarkdown(src) || '—'} |`);
  }
  return { paragraphs: entries, counts, agreedShare, markdown: lines.join('\n') + '\n' };
}

/** Share (0–1) of paragraphs that are agreed or near-agreed language: the report's figure, cheaply (a set flag stops it: CancelledError). */
export function agreedShare(ctx: FeatureContext, token?: CancellationFlag): number {
  const check = cancellationCheck(token);
  const best = new Map<string, number>();
  for (const a of ctx.analysis.agreements) {
    check();
    const rank = a.status === 'exact' || a.status === 'near' ? 1 : 0;
    best.set(a.label, Math.max(best.get(a.label) ?? 0, rank));
  }
  let total = 0;
  let agreed = 0;
  for (const p of allParagraphs(ctx.analysis.document)) {
    check();
    if (p.kind === 'report') continue;
    total++;
    agreed += best.get(p.label) ?? 0;
  }
  return total ? agreed / total : 0;
}
