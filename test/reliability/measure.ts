/** Helpers of the reliability suite: hostile inputs, and the peak memory of the built CLI and server. */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { makeTempDir } from '../support/tempDir';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'bin/resolution-lint.js');
const PRELOAD = path.join(__dirname, 'reportMaxRss.cjs');
export const MB = 1024 * 1024;

/** Writes a temporary file; removed by `cleanup()`. */
export function tempFile(name: string, text: string): string {
  const dir = makeTempDir('resolution-rel-');
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  made.push(dir);
  return file;
}
const made: string[] = [];
export function cleanup(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident size of the CLI process, bytes. */
  maxRss: number;
}

/** Runs the built CLI (`npm run build` first) and reports its exit code, output and peak resident size. */
export function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['-r', PRELOAD, CLI, ...args], { cwd: ROOT, env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => {
      const m = /\[maxrss\] (\d+)\s*$/.exec(stderr);
      resolve({ code, stdout, stderr: stderr.replace(/\n\[maxrss\] \d+\s*$/, ''), maxRss: m ? Number(m[1]) : NaN });
    });
  });
}

/** Peak resident size so far of a live process (VmHWM in /proc/<pid>/status), bytes; NaN where /proc is absent. */
export function peakRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** `n` footnote references to undefined footnotes (numbers 1–90,000, the parser reads up to 5 digits) in one paragraph: one finding each. */
export function manyMarkers(n: number): string {
  let s = 'The General Assembly,\n\n1. Decides';
  for (let i = 0; i < n; i++) s += ` x<sup>${(i % 90_000) + 1}</sup>`;
  return s + '.\n';
}
