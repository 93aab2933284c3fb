/**
 * The structure pass: walks body lines in order and groups them into header lines, organ lines,
 * resolutions (stand-alone or embedded draft resolutions), preambular/operative paragraphs with
 * sub-paragraphs, report paragraphs, draft decisions embedded in a report, and headings. Decides continuation across hard wraps, page breaks
 * and footnote blocks from the previous paragraph's last meaningful character and the line's shape.
 *
 * The walk's state and shared primitives are in `structure/builder.ts`, its steps (one per kind of line
 * or mode) in `structure/steps.ts`, its data types in `structure/types.ts`.
 */
import type { HeaderKind } from '../model';
import { readOrgan } from './header';
import { readMarker } from './numbering';
import { StructureBuilder } from './structure/builder';
import {
  attachMarkerOnlyLine,
  closingLine,
  demoteSponsorsWithoutDraft,
  draftDecisionLine,
  headerLine,
  openDraftDecision,
  openDraftResolution,
  reportLine,
  resolutionLine,
  type BodyLine,
} from './structure/steps';
import type { Structure, StructureInput } from './structure/types';

export type { DraftDecision, DraftHeading, DraftParagraph, DraftResolution, LineRole, Structure, StructureInput } from './structure/types';

export function buildStructure(input: StructureInput): Structure {
  const b = new StructureBuilder(input);
  const markerConventions = { letters: input.profile.subparagraphLetters, dashNumbers: input.profile.dashNumbers };
  for (const li of input.body) {
    const l = input.lines.at(li)!;
    const plain = input.plainStart(l);
    if (!plain) {
      attachMarkerOnlyLine(b, l);
      continue;
    }
    const line: BodyLine = { l, li, plain, trimmedPlain: plain.trim() };
    if (openDraftResolution(b, line) || openDraftDecision(b, line)) continue;
    const organ = readOrgan(line.trimmedPlain);
    const marker = readMarker(plain, markerConventions);
    if (b.res) b.res.lastLine = li;
    switch (b.mode) {
      case 'header':
      case 'resTitle':
        headerLine(b, line, organ, marker);
        break;
      case 'decision':
        draftDecisionLine(b, line, marker);
        break;
      case 'closing':
        closingLine(b, line);
        break;
      case 'report':
        reportLine(b, line, marker);
        break;
      case 'resolution':
        resolutionLine(b, line, organ, marker);
        break;
    }
  }
  demoteSponsorsWithoutDraft(b);
  return b.st;
}

export type { HeaderKind };
