/**
 * Automatic list numbers of a `.doc` (Word 97–2003) file, which word-extractor's text leaves out:
 * drafters number operative paragraphs with Word lists, so without this `1.` and `(a)` would be lost.
 *
 * From the binary (MS-DOC): each paragraph's properties (PAPX in the FKP pages the PlcfBtePapx
 * names) carry the list it belongs to (sprmPIlfo, an index into the PlfLfo) and its level
 * (sprmPIlvl); the list (PlfLfo → lsid → PlfLst) gives each level's number format (nfc), start and
 * number text (`\x00.` for `1.`, `(\x01)` for `(a)`). Paragraphs are counted in file order per list,
 * a level restarting the levels under it. List overrides that restart numbering (LFO level
 * overrides) and numbering set only in paragraph styles are not read: such paragraphs keep no
 * number, and the reader says so.
 *
 * Pure: buffers in, `{fc → label}` out. Never throws on bad input (a damaged table gives no labels).
 */

export interface DocListNumbers {
  /** Label (`1.`, `(a)`) of each numbered paragraph, by the file offset of its first character. */
  labels: Map<number, string>;
  /** Paragraphs that belong to a list whose format could not be read. */
  unread: number;
}

interface Level {
  start: number;
  nfc: number;
  /** Number text: characters under 9 stand for the counters of those levels. */
  text: string;
}

const SPRM_PILFO = 0x460b;
const SPRM_PILVL = 0x260a;

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

function letters(n: number): string {
  // Word's letters: a … z, aa … zz, aaa …
  const c = String.fromCharCode(97 + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a level's number format (nfc): decimal, roman, letters; undefined for bullets and none. */
export function formatCounter(n: number, nfc: number): string | undefined {
  switch (nfc) {
    case 0:
    case 22: // decimal with a leading zero: written plain
      return String(n);
    case 1:
      return roman(n).toUpperCase();
    case 2:
      return roman(n);
    case 3:
      return letters(n).toUpperCase();
    case 4:
      return letters(n);
    default:
      return undefined;
  }
}

/** Each sprm of a grpprl: its code and operand offset. */
function* sprms(buf: Buffer, from: number, to: number): Generator<{ sprm: number; at: number }> {
  let at = from;
  while (at + 2 <= to) {
    const sprm = buf.readUInt16LE(at);
    at += 2;
    yield { sprm, at };
    const spra = sprm >> 13;
    if (spra === 0 || spra === 1) at += 1;
    else if (spra === 2 || spra === 4 || spra === 5) at += 2;
    else if (spra === 3) at += 4;
    else if (spra === 7) at += 3;
    else if (at < to) at += buf.readUInt8(at) + 1;
    else break;
  }
}

/** The lists of PlfLst: lsid → levels. */
function readLists(table: Buffer, fc: number, lcb: number): Map<number, Level[]> {
  const lists = new Map<number, Level[]>();
  if (!lcb || fc + 2 > table.length) return lists;
  const count = table.readUInt16LE(fc);
  const heads: Array<{ lsid: number; levels: number }> = [];
  let at = fc + 2;
  for (let i = 0; i < count && at + 28 <= table.length; i++, at += 28) {
    heads.push({ lsid: table.readInt32LE(at), levels: table.readUInt8(at + 26) & 0x01 ? 1 : 9 });
  }
  // The LVLs follow the LSTFs (PlfLst's lcb covers the LSTFs only), list after list.
  for (const h of heads) {
    const levels: Level[] = [];
    for (let l = 0; l < h.levels; l++) {
      if (at + 28 > table.length) return lists;
      const start = table.readInt32LE(at);
      const nfc = table.readUInt8(at + 4);
      const cbChpx = table.readUInt8(at + 24);
      const cbPapx = table.readUInt8(at + 25);
      at += 28 + cbPapx + cbChpx;
      if (at + 2 > table.length) return lists;
      const cch = table.readUInt16LE(at);
      at += 2;
      if (at + cch * 2 > table.length) return lists;
      levels.push({ start, nfc, text: table.toString('utf16le', at, at + cch * 2) });
      at += cch * 2;
    }
    lists.set(h.lsid, levels);
  }
  return lists;
}

/** PlfLfo: ilfo (1-based) → lsid. */
function readOverrides(table: Buffer, fc: number, lcb: number): number[] {
  const out: number[] = [];
  if (!lcb || fc + 4 > table.length) return out;
  const count = table.readUInt32LE(fc);
  for (let i = 0; i < count && fc + 4 + (i + 1) * 16 <= table.length; i++) out.push(table.readInt32LE(fc + 4 + i * 16));
  return out;
}

/**
 * The labels of the list-numbered paragraphs. `word`: the WordDocument stream; `table`: the
 * 0Table/1Table stream it names.
 */
export function readDocListNumbers(word: Buffer, table: Buffer): DocListNumbers {
  const labels = new Map<number, string>();
  let unread = 0;
  try {
    const pair = (i: number) => ({ fc: word.readUInt32LE(154 + i * 8), lcb: word.readUInt32LE(158 + i * 8) });
    const bte = pair(13);
    const lst = pair(73);
    const lfo = pair(74);
    const lists = readLists(table, lst.fc, lst.lcb);
    const overrides = readOverrides(table, lfo.fc, lfo.lcb);
    // Paragraphs in list: fc → (ilfo, ilvl), from every PAPX FKP page.
    const paragraphs: Array<{ fc: number; ilfo: number; ilvl: number }> = [];
    const n = (bte.lcb - 4) / 8;
    for (let i = 0; i < n; i++) {
      const pn = table.readUInt32LE(bte.fc + (n + 1) * 4 + i * 4) & 0x3fffff;
      const page = word.subarray(pn * 512, pn * 512 + 512);
      if (page.length < 512) continue;
      const crun = page.readUInt8(511);
      for (let j = 0; j < crun; j++) {
        const fc = page.readUInt32LE(j * 4);
        const bx = page.readUInt8((crun + 1) * 4 + j * 13) * 2;
        if (!bx) continue;
        const cb = page.readUInt8(bx);
        const from = cb ? bx + 1 : bx + 2;
        const len = cb ? 2 * cb - 1 : 2 * page.readUInt8(bx + 1);
        let ilfo = 0;
        let ilvl = 0;
        // The grpprl follows the 2-byte istd.
        for (const { sprm, at } of sprms(page, from + 2, Math.min(from + len, 511))) {
          if (sprm === SPRM_PILFO) ilfo = page.readInt16LE(at);
          else if (sprm === SPRM_PILVL) ilvl = page.readUInt8(at);
        }
        if (ilfo > 0) paragraphs.push({ fc, ilfo, ilvl: Math.min(ilvl, 8) });
      }
    }
    paragraphs.sort((a, b) => a.fc - b.fc);
    const counters = new Map<number, number[]>();
    for (const p of paragraphs) {
      const lsid = overrides[p.ilfo - 1];
      const levels = lsid === undefined ? undefined : lists.get(lsid);
      const level = levels?.[p.ilvl];
      if (!levels || !level) {
        unread++;
        continue;
      }
      let c = counters.get(lsid!);
      if (!c) counters.set(lsid!, (c = levels.map((l) => l.start - 1)));
      c[p.ilvl]++;
      for (let k = p.ilvl + 1; k < c.length; k++) c[k] = levels[k].start - 1;
      let label = '';
      let ok = true;
      for (const ch of level.text) {
        const code = ch.charCodeAt(0);
        if (code < 9) {
          const v = code < levels.length ? formatCounter(Math.max(c[code], levels[code].start), levels[code].nfc) : undefined;
          if (v === undefined) ok = false;
          else label += v;
        } else label += ch;
      }
      if (ok && label.trim() && /[\p{L}\p{N}]/u.test(label)) labels.set(p.fc, label.trim());
    }
  } catch {
    // A damaged table: no labels (the caller warns).
  }
  return { labels, unread };
}
