/**
 * The hover's "open source" link for agreed language whose source is a PDF or Word precedent: a
 * command link (`resolution.openSource`, see lsp/sourceTextProtocol.ts) that shows the text read
 * from that file in a read-only editor at the cited paragraph. Texts (.md, .txt) open as they are,
 * through the citation links, so they get none.
 */
import type { AgreedSource } from '../matching';
import type { FeatureContext } from './types';
import { featureMessages as M } from './messages';

export const OPEN_SOURCE_COMMAND = 'resolution.openSource';


const DOCUMENT_FILE = /\.(pdf|docx|docm|doc)$/i;

/** `[Open source…](command:resolution.openSource?[{"path":…,"paragraph":12}])` and a blank line, or nothing. */
export function openSourceLines(ctx: FeatureContext, s: AgreedSource): string[] {
  const doc = ctx.corpus?.getDocument(s.docId);
  if (!doc || doc.meta.builtIn || !DOCUMENT_FILE.test(doc.meta.path)) return [];
  const args = encodeURIComponent(JSON.stringify([{ path: doc.meta.path, paragraph: s.paragraphIndex }]));
  return [`[${M.openSource[ctx.settings.locale]}](command:${OPEN_SOURCE_COMMAND}?${args})`, ''];
}
