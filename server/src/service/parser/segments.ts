import type { Segment, SegmentKind } from '../model';
import type { LineList } from './lines';

/**
 * Builds the segment partition: each line (with its line break) gets a kind and an owner; consecutive
 * lines with the same kind and owner merge. Blank lines between two lines of the same owner join it.
 */
export function buildSegments(textLength: number, lines: LineList, kindOf: (i: number) => SegmentKind, ownerOf: (i: number) => number): Segment[] {
  const out: Segment[] = [];
  let curKind: SegmentKind | undefined;
  let curOwner = -1;
  let curStart = 0;
  let curEnd = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines.at(i)!;
    if (l.next <= l.start && l.end <= l.start && i === lines.length - 1 && l.start >= textLength) break;
    const kind = kindOf(i);
    const owner = ownerOf(i);
    if (curKind === kind && curOwner === owner) {
      curEnd = l.next;
      continue;
    }
    if (curKind !== undefined && curEnd > curStart) out.push({ kind: curKind, span: { start: curStart, end: curEnd } });
    curKind = kind;
    curOwner = owner;
    curStart = curKind === undefined ? l.start : curEnd;
    curStart = l.start;
    curEnd = l.next;
  }
  if (curKind !== undefined && curEnd > curStart) out.push({ kind: curKind, span: { start: curStart, end: curEnd } });
  // guarantee a partition even if lines missed something
  const fixed: Segment[] = [];
  let pos = 0;
  for (const s of out) {
    if (s.span.start > pos) fixed.push({ kind: 'other', span: { start: pos, end: s.span.start } });
    const start = Math.max(pos, s.span.start);
    const end = Math.min(textLength, Math.max(start, s.span.end));
    if (end > start) fixed.push({ kind: s.kind, span: { start, end } });
    pos = Math.max(pos, end);
  }
  if (pos < textLength) fixed.push({ kind: 'other', span: { start: pos, end: textLength } });
  return fixed;
}
