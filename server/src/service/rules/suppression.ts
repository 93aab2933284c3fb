/**
 * Suppression comments in a draft.
 *
 *   <!-- resolution-disable-next-line agreed-language-deviation -- negotiated in informals -->
 *   <!-- resolution-disable footnote-order -->  …  <!-- resolution-enable -->
 *
 * and, for plain-text drafts, the same words after `%` at the start of a line:
 *
 *   % resolution-disable-next-line agreed-language-deviation -- negotiated
 *
 * Codes are separated by commas (or spaces); none means every code; ` -- ` starts an optional
 * reason. `disable-next-line` covers the next paragraph (the next non-blank line and, when a
 * paragraph starts there, every line of it); `disable` covers the lines after it up to a
 * `resolution-enable` naming the code (a bare `resolution-enable` ends every region; a region
 * of all codes ends only there) or the end of the text. The parser skips these lines as blank
 * (parser/comments.ts). A directive that suppressed nothing is reported as `unused-suppression`
 * when every check it names has run (a deviation comment is not "unused" while no corpus is loaded).
 */
import { format } from '../i18n';
import type { ResolutionDocument, ServiceDiagnostic, Span } from '../model';
import { DIAGNOSTIC_SOURCE, severityFor, type ServiceSettings } from '../options';
import { isCommentLine } from '../parser/comments';
import { LineIndex } from '../text/lineIndex';
import { ruleMessages as M } from './messages';
import { isDiagnosticCode, type DiagnosticCode } from './codes';
import { ruleFor, RULES } from './registry';
import type { RuleCheck } from './defineRule';

import { parseDirectives, type DirectiveKind, type SuppressionDirective } from './directives';

export { directiveStyleOf, directiveText, parseDirectives, type DirectiveKind, type DirectiveStyle, type SuppressionDirective } from './directives';
/** Which stages of the service ran on this text: a code whose stage did not run cannot make a directive unused. */
export type RanStages = ReadonlySet<RuleCheck['stage']>;

interface Region {
  directive: SuppressionDirective;
  codes: Set<string> | 'all';
  /** Lines covered, inclusive. */
  first: number;
  last: number;
}

type Report = (d: SuppressionDirective, message: string, data: Record<string, unknown>) => void;

/**
 * Drops the diagnostics the directives suppress; adds `unused-suppression` findings. The input's
 * order is kept; returns the input itself when the text has no directive.
 */
export function applySuppressions(
  doc: ResolutionDocument,
  diagnostics: ServiceDiagnostic[],
  settings: ServiceSettings,
  ran: RanStages,
): ServiceDiagnostic[] {
  const directives = parseDirectives(doc.text);
  if (!directives.length) return diagnostics;
  const lines = new LineIndex(doc.text);
  const problems: ServiceDiagnostic[] = [];
  const unusedSeverity = severityFor(settings, 'unused-suppression');
  const report: Report = (d, message, data) => {
    if (unusedSeverity === undefined) return;
    problems.push({ range: lines.range(d.span), span: { ...d.span }, severity: unusedSeverity, code: 'unused-suppression', source: DIAGNOSTIC_SOURCE, message, data });
  };
  const regions = regionsOf(directives, doc, lines, settings, report);
  const { kept, used } = suppress(diagnostics, regions);
  reportUnused(regions, used, settings, ran, report);
  if (!problems.length) return kept;
  for (const p of problems) kept.push(p);
  kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return kept;
}

/** The lines each directive covers; says which codes are unknown and which `enable` ends nothing. */
function regionsOf(directives: SuppressionDirective[], doc: ResolutionDocument, lines: LineIndex, settings: ServiceSettings, report: Report): Region[] {
  const lineCount = lines.positionAt(doc.text.length).line + 1;
  // Directive lines, to find "the next line" past comments and blank lines.
  const directiveLines = new Set(directives.map((d) => d.line));
  const paragraphEnds = paragraphLineEnds(doc, lines);
  const regions: Region[] = [];
  const open: Region[] = [];
  for (const d of directives) {
    for (const code of d.codes) if (!isDiagnosticCode(code)) report(d, format(settings.locale, M.unknownRuleInSuppression, { code }), { directive: d.kind, unknownCode: code });
    const codes: Set<string> | 'all' = d.codes.length ? new Set(d.codes) : 'all';
    if (d.kind === 'disable-next-line') {
      let target = d.line + 1;
      while (target < lineCount && (directiveLines.has(target) || skipped(lines.lineText(target)))) target++;
      regions.push({ directive: d, codes, first: target, last: target >= lineCount ? target : (paragraphEnds.get(target) ?? target) });
    } else if (d.kind === 'disable') {
      const r: Region = { directive: d, codes, first: d.line + 1, last: lineCount - 1 };
      regions.push(r);
      open.push(r);
    } else if (!endRegions(open, d, codes)) report(d, format(settings.locale, M.enableWithoutDisable), { directive: d.kind });
  }
  return regions;
}

/** `enable`: ends the open regions it names (all of them when bare); false when it ends none. */
function endRegions(open: Region[], d: SuppressionDirective, codes: Set<string> | 'all'): boolean {
  let ended = false;
  for (let i = open.length - 1; i >= 0; i--) {
    const r = open[i];
    const names = codes === 'all' || (r.codes !== 'all' && d.codes.some((c) => (r.codes as Set<string>).has(c)));
    if (!names) continue;
    r.last = d.line - 1;
    open.splice(i, 1);
    ended = true;
  }
  return ended;
}

/**
 * The diagnostics no region covers, and the directives that covered one. A sweep over the lines
 * (regions by first line, the diagnostics in line order): linear in both but for the regions open at
 * a line, not diagnostics × regions (130,000 findings and 1,000 comments would be 10⁸ tests).
 */
function suppress(diagnostics: ServiceDiagnostic[], regions: Region[]): { kept: ServiceDiagnostic[]; used: Set<SuppressionDirective> } {
  const byFirst = regions.slice().sort((a, b) => a.first - b.first);
  const order = diagnostics.map((_, i) => i).sort((a, b) => diagnostics[a].range.start.line - diagnostics[b].range.start.line || a - b);
  const used = new Set<SuppressionDirective>();
  const dropped = new Uint8Array(diagnostics.length);
  let next = 0;
  let active: Region[] = [];
  for (const i of order) {
    const line = diagnostics[i].range.start.line;
    while (next < byFirst.length && byFirst[next].first <= line) active.push(byFirst[next++]);
    active = active.filter((r) => r.last >= line);
    const code = String(diagnostics[i].code);
    for (const r of active) {
      if (r.codes !== 'all' && !r.codes.has(code)) continue;
      dropped[i] = 1;
      used.add(r.directive);
    }
  }
  return { kept: diagnostics.filter((_, i) => !dropped[i]), used };
}

/** `unused-suppression` for the directives that covered nothing, when every check they name has run. */
function reportUnused(regions: Region[], used: Set<SuppressionDirective>, settings: ServiceSettings, ran: RanStages, report: Report): void {
  const checked = (code: string): boolean => {
    const rule = ruleFor(code);
    return !!rule && severityFor(settings, code as DiagnosticCode) !== undefined && ran.has(rule.check.stage);
  };
  const everyStageRan = RULES.every((r) => severityFor(settings, r.code) === undefined || ran.has(r.check.stage) || !SUPPRESSIBLE_STAGES.has(r.check.stage));
  for (const r of regions) {
    if (used.has(r.directive)) continue;
    const d = r.directive;
    const known = d.codes.filter(isDiagnosticCode);
    if (d.codes.length && known.length === 0) continue; // only unknown codes: said above
    if (d.codes.length ? !known.every(checked) : !everyStageRan) continue;
    const codes = d.codes.length ? known.join(', ') : format(settings.locale, M.unusedSuppressionAll);
    report(d, format(settings.locale, M.unusedSuppression, { codes }), { directive: d.kind, codes: known });
  }
}

/** A line the parser skips: blank, or a comment line (another directive, a note to the drafters). */
function skipped(line: string): boolean {
  const t = line.trim();
  return t === '' || isCommentLine(t, 0, t.length);
}

/** Stages whose findings are in the draft (the configuration file's are not). */
const SUPPRESSIBLE_STAGES = new Set<RuleCheck['stage']>(['structure', 'references', 'reference-table', 'agreed-language', 'size-limit']);

/** For each line where a paragraph starts, the last line of the paragraph (the outermost one starting there). */
function paragraphLineEnds(doc: ResolutionDocument, lines: LineIndex): Map<number, number> {
  const out = new Map<number, number>();
  const visit = (p: { span: Span; subparagraphs?: Array<{ span: Span; subparagraphs?: unknown[] }> }) => {
    const first = lines.positionAt(p.span.start).line;
    const last = lines.positionAt(Math.max(p.span.start, p.span.end - 1)).line;
    out.set(first, Math.max(out.get(first) ?? first, last));
  };
  for (const r of doc.resolutions) {
    for (const p of r.preambular) visit(p);
    for (const p of r.operative) visit(p);
  }
  for (const p of doc.reportParagraphs) visit(p);
  for (const f of doc.footnoteDefs) visit(f);
  return out;
}
