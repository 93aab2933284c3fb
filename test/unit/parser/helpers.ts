import * as fs from 'fs';
import * as path from 'path';
import type { Paragraph, ResolutionDocument } from '../../../server/src/service/model';
import { parseDocument } from '../../../server/src/service/parser';

const root = path.join(__dirname, '../../..');

export function seedText(prefix: string): string {
  const dir = path.join(root, 'seeds');
  const file = fs.readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} not found`);
  return fs.readFileSync(path.join(dir, file), 'utf8');
}

export function fixtureText(rel: string): string {
  return fs.readFileSync(path.join(root, 'test/fixtures', rel), 'utf8');
}

const cache = new Map<string, ResolutionDocument>();
export function seed(prefix: string): ResolutionDocument {
  let d = cache.get(prefix);
  if (!d) {
    d = parseDocument(seedText(prefix));
    cache.set(prefix, d);
  }
  return d;
}

/** The paragraphs given and all their sub-paragraphs, each parent before its children. */
function withSubparagraphs(top: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  const walk = (p: Paragraph) => {
    out.push(p);
    p.subparagraphs.forEach(walk);
  };
  top.forEach(walk);
  return out;
}

/** All paragraphs of a document (resolution paragraphs with sub-paragraphs, then report paragraphs). */
export function allParagraphs(doc: ResolutionDocument): Paragraph[] {
  return withSubparagraphs([...doc.resolutions.flatMap((r) => [...r.preambular, ...r.operative]), ...doc.reportParagraphs]);
}

/** All paragraphs of the draft decisions of a report (top-level `decision` paragraphs and their sub-paragraphs). */
export function decisionParagraphs(doc: ResolutionDocument): Paragraph[] {
  return withSubparagraphs((doc.decisions ?? []).flatMap((d) => d.paragraphs));
}

export function byLabel(paras: Paragraph[], label: string): Paragraph {
  const p = paras.find((x) => x.label === label);
  if (!p) throw new Error(`no paragraph ${label}`);
  return p;
}

/** Asserts the structural invariants every parse must keep; returns a list of violations. */
export function invariantViolations(doc: ResolutionDocument): string[] {
  const errs: string[] = [];
  const text = doc.text;
  let pos = 0;
  for (const s of doc.segments) {
    if (s.span.start !== pos) errs.push(`segment gap/overlap at ${pos}`);
    if (s.span.end <= s.span.start) errs.push(`empty segment at ${s.span.start}`);
    pos = s.span.end;
  }
  if (pos !== text.length) errs.push(`segments end at ${pos}, text length ${text.length}`);
  for (const p of allParagraphs(doc).concat(decisionParagraphs(doc))) {
    let last = -1;
    for (const pc of p.pieces) {
      if (p.text.substr(pc.textStart, pc.length) !== text.substr(pc.sourceStart, pc.length)) errs.push(`${p.label}: piece mismatch at ${pc.textStart}`);
      if (pc.textStart < last) errs.push(`${p.label}: pieces out of order`);
      // text between pieces is synthetic: only a single joining space
      const gap = p.text.slice(Math.max(0, last), pc.textStart);
      if (gap && gap !== ' ') errs.push(`${p.label}: uncovered text ${JSON.stringify(gap)}`);
      last = pc.textStart + pc.length;
    }
    if (p.pieces.length && last !== p.text.length) errs.push(`${p.label}: text after the last piece`);
    if (!p.pieces.length && p.text) errs.push(`${p.label}: text without pieces`);
    if (p.span.start > p.span.end || p.span.end > text.length) errs.push(`${p.label}: bad span`);
    if (p.verb && text.slice(p.verb.verbSpan.start, p.verb.verbSpan.end) !== p.verb.verb) errs.push(`${p.label}: verb span does not hold the verb`);
  }
  for (const r of doc.footnoteRefs) if (r.span.end > text.length || r.span.start >= r.span.end) errs.push('bad ref span');
  return errs;
}
