/**
 * Hostile drafts against the built server and CLI (issue 7, item 1): too slow for the test run (tens of
 * seconds each), so they are measured here, each figure beside its goal. Runs alone:
 * `npm run build && npx tsx test/bench/reliability.ts [--real-en DIR]`.
 *   - the server opens 12 MB and 20 MB of short lines ('a\n') and a 20 MB draft of real text (the real
 *     English texts concatenated, when ../shared/real-en is present): peak RSS (VmHWM, goal < 1 GB), the
 *     size-limit finding, and a hover on another open document answered afterwards;
 *   - the CLI on 8 MB of 'a\n' (just under its limit): peak RSS and time.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TestClient } from '../protocol/lspClient';
import { peakRss, runCli, tempFile, cleanup, MB } from '../reliability/measure';
import { fmtMs, now, renderTable, type BenchRow } from './harness';
import { REAL_EN_DIR } from '../support/realEn';

const SECTION = 'reliability';

function realText(bytes: number, dir: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (!files.length) return undefined;
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const t = fs.readFileSync(path.join(dir, files[k % files.length]), 'utf8') + '\n\n';
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  return parts.join('');
}

async function serverCase(name: string, text: string): Promise<BenchRow[]> {
  const client = await TestClient.start({ initializationOptions: { corpus: { includeBuiltIn: false } }, settings: { corpus: { includeBuiltIn: false } } });
  try {
    const other = 'file:///rel/other.res.md';
    client.open(other, 'The General Assembly,\n\n1. Decides to remain seized of the matter.\n');
    await client.diagnosticsFor(other, 1, 30_000);
    // settings applied and the (empty) corpus loaded: what follows measures the big draft alone
    await client.waitFor('corpus settled', () => client.statuses.find((s) => s.indexing === false), 60_000);
    const uri = 'file:///rel/huge.res.md';
    const t = now();
    client.open(uri, text);
    // a hover on the other document while the big one is analysed: the analysis is not sliced yet, so it waits
    await new Promise((r) => setTimeout(r, 200));
    const d0 = now();
    const during = client.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 2, character: 5 } }).then(() => now() - d0);
    const diags = await client.diagnosticsFor(uri, 1, 600_000);
    const openMs = now() - t;
    const duringMs = await during;
    const h = now();
    await client.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 2, character: 5 } });
    const hoverMs = now() - h;
    const rss = peakRss(client.proc.pid!);
    const note = diags.some((d) => /past the .* limit/.test(d.message));
    return [
      { section: SECTION, figure: `server: open ${name} → diagnostics`, value: fmtMs(openMs), note: note ? 'size-limit finding present' : 'no size-limit finding' },
      { section: SECTION, figure: `server: peak RSS after ${name}`, value: `${(rss / MB).toFixed(0)} MB`, goal: '< 1 GB', ok: rss < 1024 * MB },
      { section: SECTION, figure: `server: hover on another document while ${name} is analysed`, value: fmtMs(duringMs), goal: '< 1 s', ok: duringMs < 1000 },
      { section: SECTION, figure: `server: hover on another document after ${name}`, value: fmtMs(hoverMs), goal: '< 1 s', ok: hoverMs < 1000 },
    ];
  } finally {
    await client.stop();
  }
}

export async function runReliabilityBench(realEnDir = REAL_EN_DIR): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  try {
    const t = now();
    const r = await runCli(['--no-default-corpus', '--no-cache', tempFile('a8.md', 'a\n'.repeat(4 * 2 ** 20 - 8))]);
    rows.push({ section: SECTION, figure: "CLI: 8 MB of 'a\\n' (just under the limit)", value: `${(r.maxRss / MB).toFixed(0)} MB peak RSS, ${fmtMs(now() - t)}, exit ${r.code}`, goal: '< 1 GB', ok: r.maxRss < 1024 * MB, baseline: '3.57 GB, 21 s (issue 7)' });
    rows.push(...(await serverCase("12 MB of 'a\\n'", 'a\n'.repeat(6 * 2 ** 20))));
    rows.push(...(await serverCase("20 MB of 'a\\n'", 'a\n'.repeat(10 * 2 ** 20))));
    const real = realText(20 * MB, realEnDir);
    if (real) rows.push(...(await serverCase('20 MB of real text', real)));
    else rows.push({ section: SECTION, figure: '20 MB of real text', value: `skipped: ${realEnDir} absent` });
  } finally {
    cleanup();
  }
  return rows;
}

if (require.main === module) {
  const at = process.argv.indexOf('--real-en');
  runReliabilityBench(at >= 0 ? process.argv[at + 1] : undefined)
    .then((rows) => console.log(renderTable(rows)))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
