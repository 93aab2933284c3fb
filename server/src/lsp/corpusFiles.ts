/** Where corpus documents live on disk, and which line a paragraph is on (for links and precedents). */
import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { resolveSeedsDir } from '../node/seedsDir';
import { DEFAULT_MAX_FILE_BYTES } from '../service/corpus/files';
import { readBoundedSync } from '../node/boundedRead';

/** Absolute file of a corpus document path ("builtin:<file>" resolves to the seeds folder). */
let seedsDir: { dir: string | undefined } | undefined;

export function corpusFile(docPath: string): string | undefined {
  if (docPath.startsWith('builtin:')) {
    seedsDir ??= { dir: resolveSeedsDir() };
    const dir = seedsDir.dir;
    return dir ? path.join(dir, docPath.slice('builtin:'.length)) : undefined;
  }
  return path.isAbsolute(docPath) ? docPath : undefined;
}

export function corpusUri(docPath: string): string | undefined {
  const f = corpusFile(docPath);
  return f ? URI.file(f).toString() : undefined;
}

interface Compact {
  mtime: number;
  /** The text without whitespace and emphasis marks. */
  chars: string;
  /** Line of each kept character. */
  lines: Uint32Array;
}

const compactCache = new Map<string, Compact>();

function compactOf(file: string): Compact | undefined {
  try {
    const st = fs.statSync(file);
    const hit = compactCache.get(file);
    if (hit && hit.mtime === st.mtimeMs) return hit;
    // Bounded: the file may have been replaced by something huge since the corpus read it.
    const read = readBoundedSync(file, DEFAULT_MAX_FILE_BYTES);
    if (read.overLimit) return undefined;
    const text = read.bytes.toString('utf8');
    let chars = '';
    const lines = new Uint32Array(text.length);
    let line = 0;
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') line++;
      if (/[\s*_]/.test(c)) continue;
      chars += c;
      lines[n++] = line;
    }
    const compact = { mtime: st.mtimeMs, chars, lines: lines.slice(0, n) };
    if (compactCache.size > 64) compactCache.clear();
    compactCache.set(file, compact);
    return compact;
  } catch {
    return undefined;
  }
}

/** 0-based line in the corpus file where the text (a paragraph's start, a symbol) first appears. */
export function lineOf(docPath: string, text: string): number | undefined {
  const file = corpusFile(docPath);
  if (!file) return undefined;
  const c = compactOf(file);
  if (!c) return undefined;
  const probe = text.replace(/[\s*_]/g, '').slice(0, 24);
  if (!probe) return undefined;
  const i = c.chars.indexOf(probe);
  return i >= 0 ? c.lines[i] : undefined;
}
