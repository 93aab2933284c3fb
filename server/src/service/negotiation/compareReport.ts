/** A comparison (compare.ts) as text for the shell and as an HTML page with the aligned table. */
import type { Comparison, CompareRow } from './compare';
import { revisionPieces } from './revisions';

export function summaryLine(c: Comparison): string {
  const s = c.summary;
  return `${s.unchanged} unchanged, ${s.technical} technical updates, ${s.changed} changed, ${s.new} new, ${s.deleted} deleted, ${s.moved} moved`;
}

function rowStatus(r: CompareRow): string {
  const extra = [r.moved ? `moved from ${r.precedentLabel}` : '', r.split ? `split from ${r.precedentLabel}` : '', r.merged ? `merged from ${r.merged.join(' + ')}` : ''].filter(Boolean);
  return [r.kind, ...extra].join(', ');
}

/** One line per row: draft label, precedent label, status, the changes (abbreviated). */
export function compareText(c: Comparison): string {
  const lines = [`Compared with ${c.precedent.citation}${c.precedent.date ? ` (${c.precedent.date})` : ''}: ${summaryLine(c)}`, ''];
  for (const r of c.rows) {
    const changes = (r.hunks ?? []).slice(0, 3).map((h) => `“${h.from.trim()}” → “${h.to.trim()}”`).join('; ');
    lines.push(`${(r.draftLabel ?? '—').padEnd(10)} ${(r.precedentLabel ?? '—').padEnd(10)} ${rowStatus(r)}${changes ? `: ${changes}${(r.hunks?.length ?? 0) > 3 ? ' …' : ''}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function marked(r: CompareRow): string {
  if (r.precedentText === undefined || r.draftText === undefined) return esc(r.draftText ?? '');
  return revisionPieces(r.precedentText, r.draftText)
    .map((p) => (p.kind === 'equal' ? esc(p.text) : p.kind === 'del' ? `<del>${esc(p.text)}</del>` : `<ins>${esc(p.text)}</ins>`))
    .join('');
}

/** A self-contained HTML page: the summary, then the aligned table (precedent | draft with changes marked). */
export function compareHtml(c: Comparison, title: string): string {
  const rows = c.rows
    .map(
      (r) =>
        `<tr class="${r.kind}${r.moved ? ' moved' : ''}"><td>${esc(r.precedentLabel ?? '')}</td><td>${esc(r.precedentText ?? '')}</td><td>${esc(r.draftLabel ?? '')}</td><td>${r.kind === 'deleted' ? '' : marked(r)}</td><td>${esc(rowStatus(r))}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{font-family:"Times New Roman",SimSun,serif;margin:2em}table{border-collapse:collapse;width:100%}
td{vertical-align:top;border-top:1px solid #ccc;padding:4px}del{color:#a00;text-decoration:line-through}ins{color:#060;text-decoration:underline}
tr.technical td:last-child{color:#666}tr.new{background:#f2fff2}tr.deleted{background:#fff2f2}tr.moved td:nth-child(3){font-weight:bold}
</style></head><body>
<h1>${esc(title)}</h1>
<p>Compared with ${esc(c.precedent.citation)}${c.precedent.date ? ` (${esc(c.precedent.date)})` : ''}: ${esc(summaryLine(c))}</p>
<table><thead><tr><th>Precedent</th><th></th><th>Draft</th><th></th><th>Status</th></tr></thead>
<tbody>
${rows}
</tbody></table></body></html>
`;
}
