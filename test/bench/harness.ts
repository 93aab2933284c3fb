/** Benchmark plumbing shared by the sections (bench.ts, and lsp.ts when the server work adds it). */
import type { Corpus } from '../../server/src/service/corpus';

export interface BenchRow {
  /** Section heading: "index build", "analysis", … */
  section: string;
  figure: string;
  value: string;
  /** The goal, as a sentence or a bound ("≤ 4× floor"). */
  goal?: string;
  /** The naive baseline measured in the same run. */
  baseline?: string;
  /** Whether the goal is met; undefined when the row has no goal. */
  ok?: boolean;
  note?: string;
}

/** What a bench section gets to work with. */
export interface BenchContext {
  quick: boolean;
  /** Number of synthetic resolutions. */
  count: number;
  /** Folder of the synthetic corpus. */
  corpusDir: string;
  /** Folder of the persisted index for that corpus. */
  cacheDir: string;
  /** The seeds folder and the draft used for analysis (seed 000, the 80/118 text). */
  seedsDir: string;
  draftPath: string;
  draftText: string;
  /** The full synthetic corpus, loaded. */
  corpus: Corpus;
  log: (line: string) => void;
}

export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function time<T>(fn: () => T): { ms: number; value: T } {
  const t = now();
  const value = fn();
  return { ms: now() - t, value };
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = now();
  const value = await fn();
  return { ms: now() - t, value };
}

export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

export function heapUsed(): number {
  gc();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${(ms * 1000).toFixed(0)} µs`;
}

export function fmtMB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function fmtX(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(x >= 10 ? 0 : 2)}×` : 'n/a';
}

/** A plain-text table, columns padded for CJK-free content. */
export function renderTable(rows: BenchRow[]): string {
  const header = ['figure', 'value', 'goal', 'naive baseline', 'ok'];
  const body = rows.map((r) => [r.figure, r.value, r.goal ?? '', r.baseline ?? '', r.ok === undefined ? '' : r.ok ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  const out: string[] = [];
  let section = '';
  out.push(line(header), widths.map((w) => '-'.repeat(w)).join('-|-'));
  rows.forEach((r, k) => {
    if (r.section !== section) {
      section = r.section;
      out.push(`[${section}]`);
    }
    out.push(line(body[k]));
    if (r.note) out.push(`    note: ${r.note}`);
  });
  return out.join('\n');
}
