/**
 * Issue 7, items 5 and 7, measured: a corpus folder far bigger than anyone's precedents (a
 * generated tree standing in for `resolution.corpus.folders = ["/"]`, which took 121 s and
 * 10.9 GB with stalls of 23.5 s), and an input that never ends (`resolution-lint /dev/zero`,
 * which read 9.1 GB in 29 s). Figures: the load against the file limit, the longest stall of
 * the event loop during the folder walk, how soon a cancelled load lets go, and the peak
 * resident size of a process doing each.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadCorpus } from '../../server/src/node/loadCorpus';
import { DEFAULT_MAX_FILES } from '../../server/src/service/corpus/files';
import { fmtMs, now, type BenchRow } from './harness';

const SECTION = 'big folder';

function smallResolution(n: number): string {
  return `第八十届会议\n\n80/${n}. 第 ${n} 号决议\n\n大会，\n\n回顾其关于第 ${n} 个问题的以往各项决议，\n\n1. 决定继续审议第 ${n} 个问题。\n`;
}

/** `folders` folders in a three-level tree, each with one resolution and two files that are not corpus files. */
export function writeBigTree(root: string, folders: number): void {
  for (let f = 0; f < folders; f++) {
    const dir = path.join(root, `a${f % 16}`, `b${Math.floor(f / 16) % 32}`, `c${f}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'r.txt'), smallResolution(f));
    fs.writeFileSync(path.join(dir, 'image.png'), '');
    fs.writeFileSync(path.join(dir, 'data.json'), '{}');
  }
}

/**
 * Watches the event loop: the longest gap between two 5 ms ticks, in wall time and in the
 * process's CPU time. On a busy machine the wall gap includes time the process was not
 * scheduled; the CPU gap is the work done without yielding (all threads, so an upper bound).
 */
function stallMeter(): { stop(): { wall: number; cpu: number } } {
  let last = now();
  let lastCpu = process.cpuUsage();
  let wall = 0;
  let cpu = 0;
  const tick = () => {
    const t = now();
    const c = process.cpuUsage(lastCpu);
    wall = Math.max(wall, t - last - 5);
    cpu = Math.max(cpu, (c.user + c.system) / 1000);
    last = t;
    lastCpu = process.cpuUsage();
  };
  const timer = setInterval(tick, 5);
  return {
    stop() {
      clearInterval(timer);
      tick();
      return { wall, cpu };
    },
  };
}

/** In a child process (`--big-folder-child DIR`): loads the folder with the default limits, prints its figures. */
export async function bigFolderChild(dir: string): Promise<void> {
  const t = now();
  const c = await loadCorpus({ paths: [dir], includeBuiltIn: false });
  console.log(
    JSON.stringify({ ms: now() - t, documents: c.documents.length, limited: c.warnings.some((w) => w.code === 'too-many-files'), maxRssMB: process.resourceUsage().maxRSS / 1024 }),
  );
}

export async function benchBigFolder(ctx: { root: string; quick: boolean; log: (s: string) => void }): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const folders = ctx.quick ? 3_000 : Math.round(DEFAULT_MAX_FILES * 1.2);
  const dir = path.join(ctx.root, 'big-folder');
  const t0 = now();
  writeBigTree(dir, folders);
  ctx.log(`big folder: wrote ${folders} folders (${folders * 3} files) in ${fmtMs(now() - t0)}`);
  const maxFiles = ctx.quick ? 1_000 : undefined;
  const limit = maxFiles ?? DEFAULT_MAX_FILES;

  // The walk and the load, with the event loop watched during the walk.
  let meter = stallMeter();
  let walkStall: { wall: number; cpu: number } | undefined;
  let walkMs = 0;
  const t1 = now();
  const corpus = await loadCorpus({
    paths: [dir],
    includeBuiltIn: false,
    maxFiles,
    onProgress: () => {
      if (!walkStall) {
        walkStall = meter.stop();
        walkMs = now() - t1;
        meter = stallMeter();
      }
    },
  });
  const loadMs = now() - t1;
  const loadStall = meter.stop();
  const limited = corpus.warnings.some((w) => w.code === 'too-many-files');
  ctx.log(`big folder: ${corpus.documents.length} documents in ${fmtMs(loadMs)}; walk ${fmtMs(walkMs)}, longest stall ${walkStall ? fmtMs(walkStall.cpu) : '?'} CPU`);
  rows.push(
    {
      section: SECTION,
      figure: `load of a ${folders}-folder tree (${folders} resolutions) with a ${limit}-file limit`,
      value: `${corpus.documents.length} documents in ${fmtMs(loadMs)} (walk ${fmtMs(walkMs)})${limited ? ', limit warned' : ''}`,
      goal: `stops at ${limit}, with a warning`,
      baseline: 'issue 7: folders = ["/"] took 121 s, 10.9 GB',
      ok: corpus.documents.length === limit && limited,
    },
    {
      section: SECTION,
      figure: 'longest event-loop stall during the folder walk (CPU time; wall time)',
      value: walkStall ? `${fmtMs(walkStall.cpu)} CPU; ${fmtMs(walkStall.wall)} wall` : 'n/a',
      goal: '< 100 ms CPU',
      baseline: 'issue 7: stalls of up to 23.5 s',
      ok: !!walkStall && walkStall.cpu < 100,
      // A stall is wall time: on a machine busy with other work it includes time the process was not running.
      note: `load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`,
    },
    { section: SECTION, figure: 'longest event-loop stall while reading, parsing and indexing (CPU; wall)', value: `${fmtMs(loadStall.cpu)} CPU; ${fmtMs(loadStall.wall)} wall` },
  );

  // Cancelled mid-walk: how soon the load lets go.
  const controller = new AbortController();
  let abortedAt = 0;
  const cancelled = await loadCorpus({
    paths: [dir],
    includeBuiltIn: false,
    signal: controller.signal,
    onListing: (seen) => {
      if (seen >= 256 && !abortedAt) {
        abortedAt = now();
        controller.abort();
      }
    },
  });
  const letGo = now() - abortedAt;
  rows.push({
    section: SECTION,
    figure: 'a load cancelled during the walk (settings changed) resolves after',
    value: `${fmtMs(letGo)}${cancelled.cancelled ? '' : ' (not cancelled!)'}`,
    goal: '< 100 ms',
    baseline: 'issue 7: setting folders back to [] waited for the whole load',
    ok: cancelled.cancelled && letGo < 100,
  });

  // Peak resident size of a fresh process loading the tree with the default limits (full run only:
  // the quick tree is under the default limit).
  if (!ctx.quick) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1], '--big-folder-child', dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
    try {
      const r = JSON.parse((child.stdout ?? '').trim().split('\n').pop() ?? '') as { ms: number; documents: number; maxRssMB: number };
      rows.push({
        section: SECTION,
        figure: `peak RSS of a process loading the ${folders}-folder tree (default limits)`,
        value: `${r.maxRssMB.toFixed(0)} MB (${r.documents} documents, ${fmtMs(r.ms)})`,
        goal: '< 1 GB',
        baseline: 'issue 7: 10.9 GB',
        ok: r.maxRssMB < 1024,
      });
    } catch {
      ctx.log(`big folder child failed: ${child.stderr}`);
    }
  }

  // resolution-lint /dev/zero: refused at the limit, in a child running the built CLI.
  const cli = path.join(__dirname, 'cli.js');
  if (fs.existsSync('/dev/zero') && fs.existsSync(cli)) {
    const rssFile = path.join(ctx.root, 'zero.rss');
    const script = `process.on('exit',()=>require('fs').writeFileSync(${JSON.stringify(rssFile)},String(process.resourceUsage().maxRSS)));require(${JSON.stringify(cli)}).runCli(['--no-default-corpus','--no-cache','/dev/zero'])`;
    const t2 = now();
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
    const ms = now() - t2;
    const rss = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) / 1024 : NaN;
    rows.push({
      section: SECTION,
      figure: 'resolution-lint /dev/zero (whole process)',
      value: `exit ${r.status} in ${fmtMs(ms)}, peak RSS ${rss.toFixed(0)} MB`,
      goal: 'exit 2, < 200 MB',
      baseline: 'issue 7: read 9.1 GB in 29 s',
      ok: r.status === 2 && rss < 200,
    });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return rows;
}
