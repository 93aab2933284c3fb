/**
 * Writes an export plan (exportPlan.ts) as a Word document with the `docx` package (pure
 * JavaScript, no I/O: the file comes back as a Buffer for the caller to write).
 *
 * Layout of a UN resolution: header lines (session, agenda item) flush left, title and the
 * `80/118. Title` line bold, the acting organ indented, preambular paragraphs with a first-line
 * indent, operative paragraphs and sub-paragraphs as `number<TAB>text` with a hanging indent,
 * footnotes as Word footnotes, the symbol in a running header. Times New Roman for Latin and
 * Cyrillic, SimSun for Chinese (Word and LibreOffice substitute a CJK font where it is absent),
 * Arial for right-to-left scripts; Chinese text is tagged zh-CN.
 *
 * Revisions are `w:ins`/`w:del` runs by the author "Agreed language" dated the moment of the
 * export; comments (`w:comment`) span their paragraph.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  Header,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { cancellationCheck, throwIfCancelled, type CancellationFlag } from '../cancellation';
import type { ExportPlan, PlanBlock, PlanRun } from './exportPlan';

export const REVISION_AUTHOR = 'Agreed language';

export interface WriterOptions {
  /** The revisions' and comments' date (ISO 8601); now when absent. */
  date?: string;
  author?: string;
}

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Arial' };
/** 10 pt body, 12 pt with a half-line after each paragraph: the UN's print. */
const SIZE = 20;
const INDENT = 1134; // 2 cm in twips: the UN's paragraph indent
const STEP = 567; // 1 cm per sub-paragraph level
/** Comment ids kept apart from footnote ids: LibreOffice 7.4 confuses a footnote with a comment of the same id. */
const COMMENT_BASE = 100000;

function runOf(r: PlanRun, rtl: boolean, ids: { next: number }, author: string, date: string): ParagraphChild {
  if (r.footnote !== undefined) return new FootnoteReferenceRun(r.footnote);
  const props = { text: r.text, ...(r.italic ? { italics: true } : {}), ...(r.bold ? { bold: true } : {}), ...(rtl ? { rightToLeft: true } : {}) };
  if (r.revision === 'ins') return new InsertedTextRun({ ...props, id: ids.next++, author, date });
  if (r.revision === 'del') return new DeletedTextRun({ ...props, id: ids.next++, author, date });
  return new TextRun(props);
}

function layout(b: PlanBlock): ConstructorParameters<typeof Paragraph>[0] & object {
  switch (b.kind) {
    case 'title':
    case 'symbolTitle':
      return { spacing: { before: 240, after: 240 }, keepNext: true };
    case 'organ':
      return { indent: { firstLine: INDENT }, spacing: { after: 120 } };
    case 'preambular':
      return { indent: { firstLine: INDENT }, spacing: { after: 120 }, alignment: AlignmentType.BOTH };
    case 'operative':
    case 'subparagraph': {
      const left = INDENT + b.level * STEP;
      return { indent: { left, hanging: STEP }, tabStops: [{ type: 'left', position: left }], spacing: { after: 120 }, alignment: AlignmentType.BOTH };
    }
    case 'heading':
      return { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 }, keepNext: true };
    case 'closing':
      return { alignment: AlignmentType.RIGHT };
    default:
      return { spacing: { after: 60 } };
  }
}

/** The Word document of a plan, as the bytes of a `.docx` file. A set flag stops it between blocks and after packing (CancelledError). */
export async function writeDocx(plan: ExportPlan, options: WriterOptions = {}, token?: CancellationFlag): Promise<Buffer> {
  const check = cancellationCheck(token);
  const author = options.author ?? REVISION_AUTHOR;
  const date = options.date ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const ids = { next: 1 };
  const comments: Array<{ id: number; author: string; initials: string; date: Date; children: Paragraph[] }> = [];
  const children: Paragraph[] = [];
  for (const b of plan.blocks) {
    check();
    const runs: ParagraphChild[] = [];
    const bold = b.kind === 'title' || b.kind === 'symbolTitle';
    if (b.number) runs.push(new TextRun({ text: b.number, ...(b.rtl ? { rightToLeft: true } : {}) }), new TextRun({ children: ['\t'] }));
    for (const r of b.runs) runs.push(runOf(bold ? { ...r, bold: true } : r, b.rtl, ids, author, date));
    if (b.comment !== undefined) {
      const id = COMMENT_BASE + comments.length;
      comments.push({ id, author, initials: 'AL', date: new Date(date), children: [new Paragraph({ children: [new TextRun(b.comment)] })] });
      runs.unshift(new CommentRangeStart(id));
      runs.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    }
    children.push(new Paragraph({ ...layout(b), ...(b.rtl ? { bidirectional: true } : {}), children: runs }));
  }
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const f of plan.footnotes) footnotes[String(f.number)] = { children: [new Paragraph({ children: [new TextRun({ text: f.text, size: 17 })] })] };
  const header = plan.symbol
    ? new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: plan.symbol, size: 17, bold: true })] })] })
    : undefined;
  const doc = new Document({
    creator: 'resolution-lint',
    title: plan.title ?? plan.symbol ?? '',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE, language: { value: plan.language === 'zh' ? 'zh-CN' : 'en-GB', eastAsia: 'zh-CN', bidirectional: 'ar-SA' } },
        },
      },
    },
    comments: { children: comments },
    footnotes,
    sections: [{ ...(header ? { headers: { default: header } } : {}), children }],
  });
  throwIfCancelled(token);
  const bytes = await Packer.toBuffer(doc);
  throwIfCancelled(token);
  return bytes;
}
