/**
 * The real-PDF section of `npm run bench`: over the 45 official PDFs of ../shared/real-en/pdf,
 *   - pages per second of the PDF reader (extractPdf) against pdf.js's bare `getTextContent`
 *     over the same files (the floor);
 *   - the corpus load of the 45 PDFs cold (parsed in worker threads) and from the persisted
 *     index in a fresh process (goal: a few seconds), and the same cold load of several hundred
 *     PDFs (the 45, six times over under other names: each is read and parsed; goal: about a
 *     minute on two cores);
 *   - memory (heap after gc, process RSS).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadCorpus } from '../../server/src/node/loadCorpus';
import { extractPdf, readPdfPages } from '../../server/src/service/documents/pdf';
import { REAL_EN_PDF_DIR } from '../support/realEn';
import { fmtMB, fmtMs, fmtX, gc, heapUsed, now, timeAsync, type BenchRow } from './harness';

const SECTION = 'real PDFs';
/** Copies of the 45 PDFs for the "several hundred" cold load. */
const COPIES = 6;

/** CPU time (user + system, all threads of this process) since `start`, in ms. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

async function pagesPerSecond(files: string[], read: (bytes: Uint8Array) => Promise<number>): Promise<{ ms: number; pages: number }> {
  let pages = 0;
  const t = now();
  for (const f of files) pages += await read(fs.readFileSync(f));
  return { ms: now() - t, pages };
}

export async function pdfSection(ctx: { root: string; quick: boolean; log: (s: string) => void }): Promise<BenchRow[]> {
  if (!fs.existsSync(REAL_EN_PDF_DIR)) return [{ section: SECTION, figure: 'real PDFs', value: `n/a: ${REAL_EN_PDF_DIR} is absent` }];
  const files = fs
    .readdirSync(REAL_EN_PDF_DIR)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => path.join(REAL_EN_PDF_DIR, f));
  const rows: BenchRow[] = [];
  // Warm pdf.js up (module load) before timing either side.
  await extractPdf(fs.readFileSync(files[0]));
  // File by file, floor then reader back to back: on a shared machine the load drifts, and
  // timing one side after the other over all files would compare two different machines.
  const floor = { ms: 0, pages: 0 };
  const reader = { ms: 0, pages: 0 };
  for (const f of files) {
    const a = await pagesPerSecond([f], async (b) => (await readPdfPages(b)).pages.length);
    const b = await pagesPerSecond([f], async (x) => new Set((await extractPdf(x)).linePages).size);
    floor.ms += a.ms;
    floor.pages += a.pages;
    reader.ms += b.ms;
    reader.pages += a.pages;
  }
  ctx.log(`PDF reader: ${floor.pages} pages, floor ${fmtMs(floor.ms)}, reader ${fmtMs(reader.ms)}`);
  const pps = (x: { ms: number; pages: number }) => `${((x.pages / x.ms) * 1000).toFixed(0)} pages/s`;
  rows.push(
    { section: SECTION, figure: `floor: pdf.js getTextContent, ${files.length} PDFs, ${floor.pages} pages, one thread`, value: `${fmtMs(floor.ms)} (${pps(floor)})` },
    {
      section: SECTION,
      figure: 'PDF reader (text items → paragraphs, footnotes, pages), same files',
      value: `${fmtMs(reader.ms)} (${pps(reader)})`,
      baseline: `floor ${fmtMs(floor.ms)}`,
      goal: '≤ 1.5× floor',
      ok: reader.ms <= floor.ms * 1.5,
      note: `${fmtX(reader.ms / floor.ms)} the floor`,
    },
  );

  // The corpus: the 45 PDFs in a folder, cold then warm (fresh process).
  const dir = path.join(ctx.root, 'pdf-corpus');
  const cacheDir = path.join(ctx.root, 'pdf-cache');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of files) fs.copyFileSync(f, path.join(dir, path.basename(f)));
  // Stamps are trusted only for files modified well before they were hashed (corpus/process.ts).
  const old = new Date(Date.now() - 60_000);
  for (const f of fs.readdirSync(dir)) fs.utimesSync(path.join(dir, f), old, old);
  gc();
  const heap0 = heapUsed();
  const cpu0 = process.cpuUsage();
  const cold = await timeAsync(() => loadCorpus({ paths: [dir], includeBuiltIn: false, cacheDir }));
  const coldCpu = cpuMs(cpu0);
  gc();
  const heap = heapUsed() - heap0;
  const docs = cold.value.documents.length;
  const paragraphs = cold.value.documents.reduce((n, d) => n + d.paragraphs.length, 0);
  ctx.log(`PDF corpus cold: ${fmtMs(cold.ms)}, ${docs} documents`);
  rows.push({
    section: SECTION,
    figure: `corpus of the ${files.length} PDFs, cold (worker threads: ${Math.min(os.cpus().length, 4)})`,
    value: `${fmtMs(cold.ms)}; ${docs} documents, ${paragraphs} paragraphs; ${cold.value.warnings.length} warnings; CPU ${fmtMs(coldCpu)}`,
    note: `phases (ms): ${Object.entries(cold.value.stats.phases).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  });
  const warm: number[] = [];
  let warmNote = '';
  for (let k = 0; k < 3; k++) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1], '--startup-child', dir, cacheDir], { encoding: 'utf8', maxBuffer: 1 << 20 });
    try {
      const r = JSON.parse((child.stdout ?? '').trim().split('\n').pop() ?? '') as { loadMs: number; fromCache: number; indexFromCache: boolean };
      warm.push(r.loadMs);
      warmNote = `${r.fromCache} files from cache, index ${r.indexFromCache ? 'restored' : 're-added'}`;
    } catch {
      ctx.log(`PDF warm start failed: ${child.stderr}`);
    }
  }
  const warmMs = warm.sort((a, b) => a - b)[Math.floor(warm.length / 2)];
  rows.push({
    section: SECTION,
    figure: `same corpus from the persisted index (fresh process, median of ${warm.length})`,
    value: warm.length ? `${fmtMs(warmMs)} (${warmNote})` : 'failed',
    baseline: `${fmtMs(cold.ms)} cold`,
    goal: 'a few seconds; no PDF read again',
    ok: warm.length > 0 && warmMs < 3000 && warmNote.startsWith(`${files.length} files from cache`),
  });
  const snapshot = cold.value.stats.cacheFile && fs.existsSync(cold.value.stats.cacheFile) ? fs.statSync(cold.value.stats.cacheFile).size : NaN;
  const pdfBytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  rows.push({
    section: SECTION,
    figure: 'memory: heap held by the loaded PDF corpus (after gc); snapshot; PDFs on disk',
    value: `${fmtMB(heap)}; snapshot ${fmtMB(snapshot)}; PDFs ${fmtMB(pdfBytes)}; process RSS ${fmtMB(process.memoryUsage().rss)}`,
  });

  if (!ctx.quick) {
    // Several hundred PDFs: the 45 under other names, each read and parsed (then found duplicate).
    const many = path.join(ctx.root, 'pdf-many');
    fs.mkdirSync(many, { recursive: true });
    for (let c = 0; c < COPIES; c++) for (const f of files) fs.copyFileSync(f, path.join(many, `${c}-${path.basename(f)}`));
    const cpu1 = process.cpuUsage();
    const big = await timeAsync(() => loadCorpus({ paths: [many], includeBuiltIn: false }));
    const bigCpu = cpuMs(cpu1);
    const n = files.length * COPIES;
    ctx.log(`PDF corpus of ${n}: ${fmtMs(big.ms)}`);
    rows.push({
      section: SECTION,
      figure: `corpus of ${n} PDFs (the 45 × ${COPIES}), cold, ${os.cpus().length} CPUs`,
      value: `${fmtMs(big.ms)} (${big.value.stats.parsed} parsed, ${((n / big.ms) * 1000).toFixed(1)} PDFs/s); CPU ${fmtMs(bigCpu)}`,
      // On a machine shared with other work the wall time says little: CPU time (all threads) ÷ 2 cores is what two free cores would take.
      note: `CPU time ÷ 2 cores = ${fmtMs(bigCpu / 2)}`,
      goal: 'about a minute on two cores',
      ok: big.ms <= 75_000,
    });
  }
  return rows;
}
