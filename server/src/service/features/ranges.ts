/** Comparing editor ranges and positions (code actions and the rules' fixes). */
import type { Range } from '../model';

export function overlaps(a: Range, b: Range): boolean {
  const le = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return le(a.start, b.end) && le(b.start, a.end);
}

export function comparePos(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}
