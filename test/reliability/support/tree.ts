/** Generated corpus folders for the reliability tests: many small, distinct resolutions. */
import * as fs from 'fs';
import * as path from 'path';

/** A small valid resolution, different for each n (so no two files are duplicates). */
export function smallResolution(n: number): string {
  return [
    '第八十届会议',
    '',
    `80/${n}. 测试用的第 ${n} 号小决议`,
    '',
    '大会，',
    '',
    `回顾其关于第 ${n} 个问题的以往各项决议，`,
    '',
    `1. 决定在第八十一届会议临时议程中列入题为“第 ${n} 个问题”的项目。`,
    '',
  ].join('\n');
}

/**
 * `folders` nested folders (`d0/d1/…` in groups of `depth`), each with `filesPer` resolutions.
 * Returns the number of files written.
 */
export function writeTree(root: string, folders: number, filesPer: number, depth = 4): number {
  let n = 0;
  for (let f = 0; f < folders; f++) {
    const parts: string[] = [];
    for (let k = f; parts.length < depth; k = Math.floor(k / 8)) parts.unshift(`d${k % 8}`);
    const dir = path.join(root, `g${Math.floor(f / 8 ** depth)}`, ...parts, `f${f}`);
    fs.mkdirSync(dir, { recursive: true });
    for (let i = 0; i < filesPer; i++) fs.writeFileSync(path.join(dir, `r${i}.txt`), smallResolution(++n));
  }
  return n;
}
