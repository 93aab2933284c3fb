/**
 * A large draft from a real English text (`../shared/real-en`, read at run time): the text's header and
 * preamble, then its operative paragraphs repeated and numbered 1…n, each ending with `,` where `;` is due
 * (a punctuation slip the structure check finds), the last with `.`. For tests of work over thousands of
 * findings (cancellation inside the features' loops).
 */
import * as fs from 'fs';
import * as path from 'path';
import { REAL_EN_DIR } from './realEn';

export function draftWithSlips(n: number, file = 'A-RES-80-118.en.txt'): string {
  const lines = fs.readFileSync(path.join(REAL_EN_DIR, file), 'utf8').split('\n');
  const firstOp = lines.findIndex((l) => /^1\. /.test(l));
  if (firstOp < 0) throw new Error(`no operative paragraph in ${file}`);
  const ops = lines
    .slice(firstOp)
    .filter((l) => /^\d+\. /.test(l))
    .map((l) => l.replace(/^\d+\. /, '').replace(/[;.,]$/, ''));
  const out = lines.slice(0, firstOp);
  for (let i = 0; i < n; i++) out.push(`${i + 1}. ${ops[i % ops.length]}${i === n - 1 ? '.' : ','}`, '');
  return out.join('\n');
}
