/**
 * What a rule's fix reads: the analysed draft (its parse and its agreed-language findings), the
 * corpus its sources are in, the user's locale and the draft's line index. The features' context
 * (features/types.ts) holds all of it and more, and is what the code-action dispatcher passes; the
 * fixes are typed by this smaller interface so that the rules do not depend, even by type, on the
 * language service that runs them (test/unit/architecture/importCycles.test.ts).
 */
import type { Corpus } from '../corpus';
import type { Locale } from '../i18n';
import type { ParagraphAgreement } from '../matching';
import type { ResolutionDocument } from '../model';
import type { LineIndex } from '../text/lineIndex';

export interface FixContext {
  readonly analysis: { readonly document: ResolutionDocument; readonly agreements: readonly ParagraphAgreement[] };
  readonly corpus: Corpus | undefined;
  readonly settings: { readonly locale: Locale };
  readonly lines: LineIndex;
}
