/** Running `resolution-lint` in a child process, with its exit code, output and peak resident size. */
import { spawnSync, type StdioOptions } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { withTempDir } from '../../support/tempDir';

export const ROOT = path.join(__dirname, '../../..');
const CHILD = path.join(__dirname, 'lintChild.ts');

export interface ChildRun {
  /** Exit code, or null when the child was killed (timeout). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident size in MB (undefined when the child did not exit normally). */
  maxRssMB?: number;
}

export interface ChildOptions {
  cwd?: string;
  /** Bytes for standard input. */
  input?: Buffer | string;
  /** A file descriptor for standard output instead of a pipe (e.g. /dev/full). */
  stdoutFd?: number;
  timeoutMs?: number;
  env?: Record<string, string>;
}

export function runLintChild(args: string[], options: ChildOptions = {}): ChildRun {
  return withTempDir('reliability-rss-', (rssDir) => {
    const rssFile = path.join(rssDir, 'rss');
    const stdio: StdioOptions = ['pipe', options.stdoutFd ?? 'pipe', 'pipe'];
    const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', CHILD, ...args], {
      cwd: options.cwd ?? ROOT,
      input: options.input ?? '',
      stdio,
      timeout: options.timeoutMs ?? 30_000,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', RELIABILITY_RSS_FILE: rssFile, NODE_PATH: path.join(ROOT, 'node_modules'), ...options.env },
    });
    const rss = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) / 1024 : undefined;
    return { code: r.status, signal: r.signal, stdout: r.stdout?.toString() ?? '', stderr: r.stderr?.toString() ?? '', maxRssMB: rss };
  });
}
