/** What every structure check needs: the document, the settings, and a way to build diagnostics. */
import { format, type Message } from '../i18n';
import type { Paragraph, Range, ResolutionDocument, ServiceDiagnostic, Span } from '../model';
import { DIAGNOSTIC_SOURCE, severityFor, type DiagnosticCode, type ServiceSettings } from '../options';
import { LineIndex } from '../text/lineIndex';


export class CheckContext {
  private lineIndex: LineIndex | undefined;
  readonly diagnostics: ServiceDiagnostic[] = [];
  /**
   * Called by the punctuation check with the ending each paragraph must have, found or not: the
   * punctuation rule's fix asks the check instead of working it out a second time.
   */
  expectation?: (p: Paragraph, expected: string) => void;

  constructor(
    readonly doc: ResolutionDocument,
    readonly settings: ServiceSettings,
  ) {}

  get locale() {
    return this.settings.locale;
  }

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.doc.text));
  }

  /** Whether a check is on. */
  enabled(code: DiagnosticCode): boolean {
    return severityFor(this.settings, code) !== undefined;
  }

  msg(message: Message, args: Record<string, string | number> = {}): string {
    return format(this.locale, message, args);
  }

  /** Adds a diagnostic unless its code is off. `range` defaults to the span's range. */
  report(code: DiagnosticCode, span: Span, message: string, data?: unknown, range?: Range): void {
    const severity = severityFor(this.settings, code);
    if (severity === undefined) return;
    this.diagnostics.push({
      range: range ?? this.lines.range(span),
      severity,
      code,
      source: DIAGNOSTIC_SOURCE,
      message,
      ...(data === undefined ? {} : { data }),
      span: { start: span.start, end: span.end },
    });
  }
}

/** "operative paragraph 3" → "Operative paragraph 3" (English sentence start). */
export function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
