/**
 * Tools for the hostile-cache regression tests: open a snapshot or delta, change it, and write
 * it back as a valid-looking file (with a correct checksum when the format has one), and run
 * a load in a child process with a time limit (a load that loops must fail the test, not hang it).
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';

export const ROOT = path.join(__dirname, '../..');
export const SAMPLE_DRAFT = path.join(ROOT, 'test/fixtures/sample-draft.res.md');
const HEADER = Buffer.from('RLCACHE1', 'latin1');

/** The stored object of a cache file (header, if any, stripped). */
export function openCacheFile(file: string): Record<string, unknown> {
  const bytes = fs.readFileSync(file);
  const payload = bytes.subarray(0, HEADER.length).equals(HEADER) ? bytes.subarray(HEADER.length + 32) : bytes;
  return v8.deserialize(payload) as Record<string, unknown>;
}

/** Writes `data` back as a well-formed cache file: what a crafted (not a damaged) file looks like. */
export function forgeCacheFile(file: string, data: unknown): void {
  const hadHeader = fs.readFileSync(file).subarray(0, HEADER.length).equals(HEADER);
  const payload = v8.serialize(data);
  fs.writeFileSync(file, hadHeader ? Buffer.concat([HEADER, createHash('sha256').update(payload).digest(), payload]) : payload);
}

export function b64ToU32(s: string): Uint32Array {
  const b = Buffer.from(s, 'base64');
  return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
}
export function u32ToB64(a: Uint32Array | Int32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

/** The snapshot file(s) in a cache folder, wherever the cache keeps them inside it. */
export function snapshotFiles(cacheDir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else if (/^corpus-[0-9a-f]+\.bin$/.test(e.name)) out.push(f);
    }
  };
  walk(cacheDir);
  return out;
}

export interface ChildResult {
  /** Undefined when the child was killed (time limit). */
  status: number | null;
  timedOut: boolean;
  out?: { warnings: Array<{ code: string; detail?: string }>; findings: string; failures: string[] };
  stderr: string;
}

/**
 * Loads the built-in corpus with `cacheDir` in a child process and analyses the sample draft
 * there; killed after `ms`. The output is the corpus warnings and the findings as JSON.
 */
export function loadInChild(cacheDir: string, ms = 60_000): ChildResult {
  const script = path.join(__dirname, 'loadAndAnalyse.ts');
  const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', script, cacheDir, SAMPLE_DRAFT], { cwd: ROOT, timeout: ms, encoding: 'utf8', maxBuffer: 64 << 20 });
  const timedOut = r.error !== undefined || r.signal !== null;
  let out: ChildResult['out'];
  try {
    out = r.status === 0 ? JSON.parse(r.stdout) : undefined;
  } catch {
    out = undefined;
  }
  return { status: r.status, timedOut, out, stderr: r.stderr ?? '' };
}
