/**
 * Mammoth's document model → resolution text: one paragraph per line with a
 * blank line between, numbering labels written out, footnote references as
 * superscript digits and the footnotes after a `__________________` rule.
 * The model is mammoth's (lib/documents.js); only the fields read here are typed.
 */
import { appendAll } from '../text/arrays';
import { LABEL_BOOKMARK } from './docxNumbering';
import type { ExtractWarning } from './types';

export interface DocxNode {
  type: string;
  children?: DocxNode[];
  value?: string;
  name?: string;
  breakType?: string;
  noteType?: string;
  noteId?: string;
  checked?: boolean;
}

export interface DocxModel extends DocxNode {
  notes?: { resolve(ref: { noteType?: string; noteId?: string }): { body: DocxNode[] } | null };
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export const FOOTNOTE_RULE = '__________________';

export function superscript(n: number): string {
  return [...String(n)].map((d) => SUPERSCRIPT[+d]).join('');
}

interface Walk {
  labels: string[];
  model: DocxModel;
  /** Notes (`noteType:noteId`) whose reference is a custom mark typed after it (`*`), not a number. */
  customMarks: Set<string>;
  /** Footnotes in order of first reference, with the mark each is listed under. */
  noteOrder: Array<{ key: string; noteType?: string; noteId?: string; mark: string }>;
  numbered: number;
  /** A custom-mark note waiting for the text that carries its mark. */
  pendingMark?: { mark: string };
  tables: number;
  textBoxes: number;
  images: number;
}

const clean = (s: string) => s.replace(/[ \t\r\n\f\v]+/g, ' ').trim();

/** Text of inline content; paragraphs met inside (text boxes) go to `out` after it. */
function inline(nodes: DocxNode[] | undefined, w: Walk, out: string[], nested: string[][]): string {
  let s = '';
  let label = '';
  for (const n of nodes ?? []) {
    switch (n.type) {
      case 'text':
        if (w.pendingMark && n.value?.trim()) {
          w.pendingMark.mark = /^\s*(\S{1,3})/.exec(n.value)![1];
          w.pendingMark = undefined;
        }
        s += n.value ?? '';
        break;
      case 'tab':
        s += ' ';
        break;
      case 'break':
        s += ' ';
        break;
      case 'checkbox':
        s += n.checked ? '☒' : '☐';
        break;
      case 'noteReference': {
        const key = `${n.noteType}:${n.noteId}`;
        let note = w.noteOrder.find((o) => o.key === key);
        if (w.customMarks.has(key)) {
          // Word shows the typed mark that follows (`*`) and does not count the note.
          if (!note) w.noteOrder.push((note = { key, noteType: n.noteType, noteId: n.noteId, mark: '*' }));
          w.pendingMark = note;
          break;
        }
        if (!note) w.noteOrder.push((note = { key, noteType: n.noteType, noteId: n.noteId, mark: superscript(++w.numbered) }));
        s = s.replace(/\s+$/, '') + note.mark;
        break;
      }
      case 'bookmarkStart':
        if (n.name?.startsWith(LABEL_BOOKMARK)) label = w.labels[+n.name.slice(LABEL_BOOKMARK.length)] ?? '';
        break;
      case 'image':
        w.images++;
        break;
      case 'paragraph': {
        // A text box inside a run: its paragraphs follow the one that anchors it.
        w.textBoxes++;
        const lines: string[] = [];
        block([n], w, lines);
        nested.push(lines);
        break;
      }
      case 'table': {
        const lines: string[] = [];
        block([n], w, lines);
        nested.push(lines);
        break;
      }
      default:
        s += inline(n.children, w, out, nested);
    }
  }
  return label ? `${label} ${s.replace(/^\s+/, '')}` : s;
}

function block(nodes: DocxNode[] | undefined, w: Walk, out: string[]): void {
  for (const n of nodes ?? []) {
    if (n.type === 'paragraph') {
      const nested: string[][] = [];
      const line = clean(inline(n.children, w, out, nested));
      if (line) out.push(line);
      for (const lines of nested) appendAll(out, lines);
    } else if (n.type === 'table') {
      w.tables++;
      block(n.children, w, out);
    } else if (n.type === 'tableRow' || n.type === 'tableCell') {
      block(n.children, w, out);
    } else if (n.children) {
      block(n.children, w, out);
    }
  }
}

/** The document's text and the notes about what was read flat or left out. */
export function modelToText(
  model: DocxModel,
  labels: string[],
  found: { textBoxes?: number; customMarks?: Set<string> } = {},
): { text: string; warnings: ExtractWarning[] } {
  const w: Walk = { labels, model, customMarks: found.customMarks ?? new Set(), noteOrder: [], numbered: 0, tables: 0, textBoxes: 0, images: 0 };
  const lines: string[] = [];
  block(model.children, w, lines);
  const notes: string[] = [];
  // Footnotes may cite further footnotes: walk until the list stops growing.
  for (let i = 0; i < w.noteOrder.length; i++) {
    const ref = w.noteOrder[i];
    const body = model.notes?.resolve(ref)?.body ?? [];
    const parts: string[] = [];
    block(body, w, parts);
    let text = parts.join(' ');
    // A custom-mark note's own text opens with the typed mark too.
    if (w.customMarks.has(ref.key) && text.startsWith(ref.mark)) text = text.slice(ref.mark.length).trim();
    notes.push(`${ref.mark} ${text}`.trim());
  }
  const warnings: ExtractWarning[] = [];
  if (w.tables) warnings.push({ code: 'skipped-content', detail: `${w.tables} table(s) read cell by cell, one paragraph per cell paragraph` });
  const boxes = Math.max(found.textBoxes ?? 0, w.textBoxes);
  if (boxes) warnings.push({ code: 'skipped-content', detail: `${boxes} text box(es) read after the paragraph that anchors them` });
  if (w.images) warnings.push({ code: 'skipped-content', detail: `${w.images} image(s) left out` });
  let text = lines.join('\n\n');
  if (notes.length) text += `\n\n${FOOTNOTE_RULE}\n${notes.join('\n')}`;
  return { text: text ? text + '\n' : '', warnings };
}
