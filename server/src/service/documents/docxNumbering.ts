/**
 * Word's automatic paragraph numbering, reconstructed. Drafters number
 * operative paragraphs and sub-paragraphs with Word lists, so `1.` and `(a)`
 * are not in the text: they come from word/numbering.xml (the list
 * definitions), word/styles.xml (styles that carry a list) and each
 * paragraph's `w:numPr` (`w:numId`, `w:ilvl`). This module computes the label
 * Word shows for every numbered paragraph of document.xml and marks the
 * paragraph with a bookmark, so the reader that parses the rest (mammoth)
 * carries the mark to the paragraph it belongs to, wherever it ends up
 * (tables, text boxes, paragraphs merged by a tracked deletion).
 */
import { attr, escapeXml, xmlTokens, type XmlTag } from './xmlTokens';

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  isLgl: boolean;
  suff: string;
  pStyle?: string;
}

interface AbstractNum {
  levels: Map<number, Level>;
  numStyleLink?: string;
}

interface Num {
  abstractNumId: string;
  /** `w:lvlOverride`: a new start, or a whole level definition. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

interface StyleNumbering {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

export interface NumberingDefinitions {
  abstractNums: Map<string, AbstractNum>;
  nums: Map<string, Num>;
  styles: Map<string, StyleNumbering>;
  defaultParagraphStyle?: string;
}

/** The bookmark name prefix that carries a label to the parsed paragraph. */
export const LABEL_BOOKMARK = '_ResolutionNumber_';

const int = (s: string | undefined, fallback: number) => {
  const n = s === undefined ? NaN : parseInt(s, 10);
  return Number.isFinite(n) ? n : fallback;
};

function newLevel(): Level {
  return { start: 1, numFmt: 'decimal', lvlText: '', isLgl: false, suff: 'tab' };
}

/** Reads numbering.xml and styles.xml (either may be empty). */
export function readNumberingDefinitions(numberingXml: string, stylesXml: string): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstractNums: new Map(), nums: new Map(), styles: new Map() };
  let abs: AbstractNum | undefined;
  let num: Num | undefined;
  let override: { start?: number; level?: Level } | undefined;
  let level: Level | undefined;
  for (const t of xmlTokens(numberingXml)) {
    if (t.kind === 'text') continue;
    const open = t.kind !== 'close';
    switch (t.name) {
      case 'w:abstractNum':
        abs = open ? { levels: new Map() } : undefined;
        if (abs) defs.abstractNums.set(attr(t, 'w:abstractNumId') ?? '', abs);
        break;
      case 'w:num':
        num = open ? { abstractNumId: '', overrides: new Map() } : undefined;
        if (num) defs.nums.set(attr(t, 'w:numId') ?? '', num);
        break;
      case 'w:lvlOverride':
        override = open ? {} : undefined;
        if (override && num) num.overrides.set(int(attr(t, 'w:ilvl'), 0), override);
        break;
      case 'w:lvl':
        level = open ? newLevel() : undefined;
        if (level) {
          const ilvl = int(attr(t, 'w:ilvl'), 0);
          if (override) override.level = level;
          else if (abs) abs.levels.set(ilvl, level);
        }
        break;
      case 'w:abstractNumId':
        if (num && t.kind === 'empty') num.abstractNumId = attr(t) ?? '';
        break;
      case 'w:startOverride':
        if (override) override.start = int(attr(t), 1);
        break;
      case 'w:numStyleLink':
        if (abs) abs.numStyleLink = attr(t);
        break;
      default:
        if (!level || t.kind === 'close') break;
        if (t.name === 'w:start') level.start = int(attr(t), 1);
        else if (t.name === 'w:numFmt') level.numFmt = attr(t) ?? 'decimal';
        else if (t.name === 'w:lvlText') level.lvlText = attr(t) ?? '';
        else if (t.name === 'w:isLgl') level.isLgl = attr(t) !== '0' && attr(t) !== 'false';
        else if (t.name === 'w:suff') level.suff = attr(t) ?? 'tab';
        else if (t.name === 'w:pStyle') level.pStyle = attr(t);
    }
  }
  readStyles(stylesXml, defs);
  return defs;
}

function readStyles(xml: string, defs: NumberingDefinitions): void {
  let style: StyleNumbering | undefined;
  for (const t of xmlTokens(xml)) {
    if (t.kind === 'text') continue;
    if (t.name === 'w:style') {
      if (t.kind === 'close') style = undefined;
      else {
        style = {};
        const id = attr(t, 'w:styleId') ?? '';
        defs.styles.set(id, style);
        const isDefault = attr(t, 'w:default') === '1' || attr(t, 'w:default') === 'true';
        if (isDefault && attr(t, 'w:type') === 'paragraph') defs.defaultParagraphStyle = id;
      }
    } else if (style && t.kind !== 'close') {
      if (t.name === 'w:basedOn') style.basedOn = attr(t);
      else if (t.name === 'w:numId') style.numId = attr(t);
      else if (t.name === 'w:ilvl') style.ilvl = int(attr(t), 0);
    }
  }
}

// --- formatting numbers ------------------------------------------------------

const ROMAN: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];
const CJK_DIGITS = '〇一二三四五六七八九';

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) (out += s), (n -= v);
  return out;
}

/** Word's letters: a…z, then aa…zz, aaa… (the letter repeated). */
function letters(n: number): string {
  if (n < 1) return String(n);
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function chineseCounting(n: number): string {
  if (n <= 0 || n >= 100000) return String(n);
  if (n < 10) return CJK_DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? CJK_DIGITS[n % 10] : '');
  if (n < 100) return CJK_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CJK_DIGITS[n % 10] : '');
  return [...String(n)].map((d) => CJK_DIGITS[+d]).join('');
}

export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'lowerLetter': return letters(n);
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerRoman': return roman(n);
    case 'upperRoman': return roman(n).toUpperCase();
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2': return [...String(n)].map((d) => String.fromCharCode(0xff10 + +d)).join('');
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographTraditional':
    case 'taiwaneseCounting':
    case 'japaneseCounting': return chineseCounting(n);
    case 'none': return '';
    default: return String(n);
  }
}

// --- counting ----------------------------------------------------------------

/** Word's list counters, kept per abstract list as Word keeps them. */
export class ListCounter {
  private counts = new Map<string, Array<number | undefined>>();
  private seenNums = new Set<string>();

  constructor(private defs: NumberingDefinitions) {}

  /** The numbering of a paragraph (direct `w:numPr` values and its style). */
  resolve(direct: { numId?: string; ilvl?: number }, styleId: string | undefined): { numId: string; ilvl: number } | undefined {
    let numId = direct.numId;
    let ilvl = direct.ilvl;
    const seen = new Set<string>();
    for (let s = styleId ?? this.defs.defaultParagraphStyle; s && !seen.has(s); ) {
      seen.add(s);
      const style = this.defs.styles.get(s);
      if (!style) break;
      numId ??= style.numId;
      ilvl ??= style.ilvl;
      s = style.basedOn;
    }
    if (numId === undefined || numId === '0') return undefined;
    if (ilvl === undefined) {
      const abs = this.abstractOf(numId);
      const byStyle = abs && [...abs.levels].find(([, l]) => styleId && l.pStyle === styleId);
      ilvl = byStyle ? byStyle[0] : 0;
    }
    return { numId, ilvl: Math.max(0, Math.min(8, ilvl)) };
  }

  private abstractIdOf(numId: string): string | undefined {
    const seen = new Set<string>();
    let id: string | undefined = numId;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const absId: string | undefined = this.defs.nums.get(id)?.abstractNumId;
      const abs: AbstractNum | undefined = absId === undefined ? undefined : this.defs.abstractNums.get(absId);
      if (!abs) return undefined;
      if (!abs.numStyleLink) return absId;
      id = this.defs.styles.get(abs.numStyleLink)?.numId;
    }
    return undefined;
  }

  private abstractOf(numId: string): AbstractNum | undefined {
    const id = this.abstractIdOf(numId);
    return id === undefined ? undefined : this.defs.abstractNums.get(id);
  }

  private levelOf(numId: string, ilvl: number): Level | undefined {
    return this.defs.nums.get(numId)?.overrides.get(ilvl)?.level ?? this.abstractOf(numId)?.levels.get(ilvl);
  }

  /** Counts one numbered paragraph and returns its label ('' for bullets and `none`). */
  next(numId: string, ilvl: number): string {
    const absId = this.abstractIdOf(numId);
    const level = this.levelOf(numId, ilvl);
    if (absId === undefined || !level) return '';
    let counts = this.counts.get(absId);
    if (!counts) this.counts.set(absId, (counts = []));
    const num = this.defs.nums.get(numId)!;
    if (!this.seenNums.has(numId)) {
      this.seenNums.add(numId);
      // A list instance that overrides a start restarts those levels (Word's "Restart numbering").
      for (const [l, o] of num.overrides) if (o.start !== undefined || o.level) counts.fill(undefined, l);
    }
    const startOf = (l: number) => num.overrides.get(l)?.start ?? this.levelOf(numId, l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    counts.fill(undefined, ilvl + 1);
    if (level.numFmt === 'bullet') return '';
    return level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const l = +d - 1;
      const fmt = level.isLgl && l < ilvl ? 'decimal' : (this.levelOf(numId, l)?.numFmt ?? 'decimal');
      return formatNumber(counts![l] ?? startOf(l), fmt);
    }).trim();
  }
}

// --- marking document.xml ----------------------------------------------------

/** Subtrees the accepted text leaves out, or that mammoth does not read (it reads mc:Fallback). */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'mc:Choice', 'w:pPrChange', 'w:rPrChange', 'w:sectPr']);

interface ParagraphFrame {
  insertAt: number;
  inPPr: boolean;
  pPrDepth: number;
  decided: boolean;
  numId?: string;
  ilvl?: number;
  styleId?: string;
  markDeleted: boolean;
}

/**
 * Computes each numbered paragraph's label and inserts a bookmark named
 * `LABEL_BOOKMARK + index` into it; returns the new XML, the labels by index,
 * and how many text boxes the body holds (mammoth reads them after the
 * paragraph that anchors them, without saying so).
 */
export function markNumberedParagraphs(documentXml: string, defs: NumberingDefinitions): { xml: string; labels: string[]; textBoxes: number } {
  const counter = new ListCounter(defs);
  const labels: string[] = [];
  const inserts: Array<{ at: number; text: string }> = [];
  const stack: ParagraphFrame[] = [];
  let skipDepth = 0;
  let textBoxes = 0;

  const decide = (f: ParagraphFrame) => {
    if (f.decided) return;
    f.decided = true;
    if (f.markDeleted) return; // merged into the next paragraph, as Word shows accepted changes
    const n = counter.resolve({ numId: f.numId, ilvl: f.ilvl }, f.styleId);
    if (!n) return;
    const label = counter.next(n.numId, n.ilvl);
    if (!label) return;
    const name = LABEL_BOOKMARK + labels.length;
    labels.push(label);
    inserts.push({ at: f.insertAt, text: `<w:bookmarkStart w:id="${900000 + labels.length}" w:name="${escapeXml(name)}"/>` });
  };

  for (const t of xmlTokens(documentXml)) {
    if (t.kind === 'text') continue;
    if (skipDepth) {
      if (t.kind === 'open') skipDepth++;
      else if (t.kind === 'close') skipDepth--;
      continue;
    }
    if (SKIPPED.has(t.name) && t.kind === 'open') {
      skipDepth = 1;
      continue;
    }
    if (t.name === 'w:txbxContent' && t.kind === 'open') textBoxes++;
    const top = stack[stack.length - 1];
    if (t.name === 'w:p') {
      if (t.kind === 'close') {
        if (top) decide(top);
        stack.pop();
      } else if (t.kind === 'open') {
        if (top && !top.inPPr) decide(top);
        stack.push({ insertAt: t.end, inPPr: false, pPrDepth: 0, decided: false, markDeleted: false });
      }
      continue;
    }
    if (!top || top.decided) continue;
    if (t.name === 'w:pPr' && !top.inPPr && t.kind === 'open') {
      top.inPPr = true;
      top.pPrDepth = 0;
      continue;
    }
    if (top.inPPr) {
      if (t.kind === 'close' && t.name === 'w:pPr' && top.pPrDepth === 0) {
        top.inPPr = false;
        top.insertAt = t.end;
        decide(top);
        continue;
      }
      readParagraphProperty(t, top);
      if (t.kind === 'open') top.pPrDepth++;
      else if (t.kind === 'close') top.pPrDepth--;
      continue;
    }
    decide(top);
  }
  if (!inserts.length) return { xml: documentXml, labels, textBoxes };
  let out = '';
  let at = 0;
  for (const ins of inserts) {
    out += documentXml.slice(at, ins.at) + ins.text;
    at = ins.at;
  }
  return { xml: out + documentXml.slice(at), labels, textBoxes };
}

function readParagraphProperty(t: XmlTag, f: ParagraphFrame): void {
  if (t.kind === 'close') return;
  if (t.name === 'w:pStyle') f.styleId = attr(t);
  else if (t.name === 'w:numId') f.numId = attr(t);
  else if (t.name === 'w:ilvl') f.ilvl = int(attr(t), 0);
  else if (t.name === 'w:del' || t.name === 'w:moveFrom') f.markDeleted = true; // w:pPr/w:rPr/w:del: the paragraph mark was deleted
}
