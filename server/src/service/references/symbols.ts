/**
 * United Nations document symbols: `A/RES/80/118`, `A/80/555`, `A/C.2/59/3`, `E/2025/31`,
 * `E/CN.16/2018/CRP.3`, `E/HLPF/2025/6`, `TD/B/EDE/4/3`, `A/RES/217(III)`, `S/RES/2250 (2015)`,
 * suffixes (`Corr.1`, `Add.2`, `Rev.1`), limited series (`L.12`), joint symbols
 * (`A/80/62-E/2025/12`) and the abbreviated corrigendum (`A/67/65-E/2012/48 和 Corr.1`).
 *
 * `parseSymbol` reads one symbol; `scanSymbols` finds them in text. Both hand-written and
 * linear.
 */
import { foldWidth, isAsciiAlnum, isAsciiLetter, isDigit, isUpper, skipSpacesForward } from './text';

/** Series codes that begin UN document symbols; used to decide whether a broken candidate is worth reporting. */
export const KNOWN_SERIES: ReadonlySet<string> = new Set([
  'A', 'E', 'S', 'ST', 'TD', 'UNEP', 'FCCC', 'ICCD', 'DP', 'UNW', 'CRC', 'CEDAW', 'CCPR', 'CERD', 'CAT',
  'CED', 'CMW', 'CRPD', 'HRI', 'ECE', 'ECLAC', 'ESCAP', 'ESCWA', 'ECA', 'SPLOS', 'ISBA', 'UNITAR', 'UNICEF',
  'UNDP', 'UNFPA', 'UNHCR', 'CTBT', 'NPT', 'CD', 'DC', 'ITLOS', 'ICCPR', 'WFP', 'UNODC', 'UNCTAD', 'JIU',
]);

export interface SymbolPart {
  /** The components as written between slashes. */
  components: string[];
  /** `A`, `E`, `S`, `TD`… */
  series: string;
  /** Body/document-type components: `RES`, `C.2`, `CN.16`, `HLPF`, `B`, `EDE`. */
  body: string[];
  /** Session (`80`, `59`, `III`) when the symbol has one. */
  session?: string;
  /** Year (`2025`) when the symbol is year-based. */
  year?: string;
  /** Document number: `118`, `L.12`, `CRP.3`. */
  number?: string;
  /** `Corr.1`, `Add.2`, `Rev.1`… */
  suffixes: string[];
}

export interface ParsedSymbol {
  /** Normalised: half-width, single spaces: `A/80/62-E/2025/12`. */
  symbol: string;
  /** One part per symbol of a joint symbol. */
  parts: SymbolPart[];
}

export type SymbolProblem =
  /** `A//80/62` */
  | 'symbol-empty-component'
  /** `A/RES/80/` */
  | 'symbol-trailing-slash'
  /** `A/RES/` */
  | 'symbol-missing-number'
  /** `A/C..2/59/3`, `A/RES/217(III/` */
  | 'symbol-bad-component'
  /** `A/80/62-` followed by nothing usable, or a part that is not a symbol. */
  | 'symbol-empty-part';

export interface SymbolError {
  problem: SymbolProblem;
  /** 1-based component index within its part. */
  component?: number;
  /** 1-based part index (joint symbols). */
  part?: number;
  /** The offending component, when there is one. */
  text?: string;
}

export type SymbolParse = { ok: true; value: ParsedSymbol } | { ok: false; error: SymbolError };

function isSeries(comp: string): boolean {
  if (comp.length < 1 || comp.length > 8) return false;
  for (let i = 0; i < comp.length; i++) if (!isUpper(comp.charCodeAt(i))) return false;
  return true;
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) return true;
  return false;
}

function allDigits(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** Checks one non-empty component's spelling: letters, digits, dots between them, a `(…)` group, `-`. */
function componentOk(c: string): boolean {
  if (c.startsWith('.') || c.endsWith('.') || c.includes('..')) return false;
  let depth = 0;
  for (let i = 0; i < c.length; i++) {
    const ch = c.charCodeAt(i);
    if (ch === 40) {
      if (depth) return false;
      depth++;
    } else if (ch === 41) {
      if (!depth) return false;
      depth--;
    } else if (!(isAsciiAlnum(ch) || ch === 46 || ch === 45 || ch === 32)) return false;
  }
  return depth === 0;
}

/** Splits a joint symbol at `-` followed by a new series and slash (`A/80/62-E/2025/12`), not at `ES-10`. */
function splitJoint(s: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) !== 45) continue;
    let j = i + 1;
    while (j < s.length && isUpper(s.charCodeAt(j)) && j - i <= 9) j++;
    if (j > i + 1 && s.charCodeAt(j) === 47) {
      parts.push(s.slice(last, i));
      last = i + 1;
    } else if (j === i + 1 && i === s.length - 1) {
      // trailing '-': an empty part
      parts.push(s.slice(last, i));
      last = i + 1;
    }
  }
  parts.push(s.slice(last));
  return parts;
}

function interpret(components: string[]): SymbolPart {
  const part: SymbolPart = { components, series: components[0], body: [], suffixes: [] };
  const rest = components.slice(1);
  const isNumberish = (c: string) => allDigits(c) || /^[A-Za-z]{1,6}\.\d{1,5}$/.test(c) || /^\d+ ?\(/.test(c);
  // numberishAfter[i]: whether some component after i is number-like (computed once: linear)
  const numberishAfter: boolean[] = new Array(rest.length).fill(false);
  for (let i = rest.length - 2; i >= 0; i--) numberishAfter[i] = numberishAfter[i + 1] || isNumberish(rest[i + 1]);
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (part.number !== undefined) {
      part.suffixes.push(c);
      continue;
    }
    const roman = /^(\d+) ?\(([IVXLC]+)\)$/.exec(c);
    if (roman) {
      part.number = roman[1];
      part.session = roman[2];
      continue;
    }
    if (allDigits(c) && part.session === undefined && part.year === undefined && numberishAfter[i]) {
      if (c.length === 4 && Number(c) >= 1946) part.year = c;
      else part.session = c;
      continue;
    }
    if (isNumberish(c) && (part.session !== undefined || part.year !== undefined || !numberishAfter[i])) {
      part.number = c;
      continue;
    }
    part.body.push(c);
  }
  return part;
}

/** Parses one document symbol as written (full-width allowed). */
export function parseSymbol(raw: string): SymbolParse {
  const s = foldWidth(raw).trim().replace(/ {2,}/g, ' ');
  const partTexts = splitJoint(s);
  const parts: SymbolPart[] = [];
  for (let p = 0; p < partTexts.length; p++) {
    const pt = partTexts[p];
    const partNo = partTexts.length > 1 ? p + 1 : undefined;
    if (!pt) return { ok: false, error: { problem: 'symbol-empty-part', part: p + 1 } };
    const comps = pt.split('/');
    if (!isSeries(comps[0])) {
      return { ok: false, error: { problem: p > 0 ? 'symbol-empty-part' : 'symbol-bad-component', part: partNo, component: 1, text: comps[0] } };
    }
    const last = comps.length - 1;
    if (comps.length === 1) return { ok: false, error: { problem: 'symbol-missing-number', part: partNo } };
    if (comps[last] === '') {
      if (!hasDigit(pt)) return { ok: false, error: { problem: 'symbol-missing-number', part: partNo } };
      // an empty component before the end is the more specific problem
      const firstEmpty = comps.indexOf('');
      if (firstEmpty < last) return { ok: false, error: { problem: 'symbol-empty-component', part: partNo, component: firstEmpty + 1 } };
      return { ok: false, error: { problem: 'symbol-trailing-slash', part: partNo, component: last + 1 } };
    }
    const empty = comps.indexOf('');
    if (empty >= 0) return { ok: false, error: { problem: 'symbol-empty-component', part: partNo, component: empty + 1 } };
    for (let c = 1; c < comps.length; c++) {
      if (!componentOk(comps[c])) return { ok: false, error: { problem: 'symbol-bad-component', part: partNo, component: c + 1, text: comps[c] } };
    }
    if (!hasDigit(pt)) return { ok: false, error: { problem: 'symbol-missing-number', part: partNo } };
    parts.push(interpret(comps));
  }
  return { ok: true, value: { symbol: parts.map((x) => x.components.join('/')).join('-'), parts } };
}

export interface ScannedSymbol {
  start: number;
  end: number;
  /** Parsed symbol, or the error that made it malformed. */
  parse: SymbolParse;
  /**
   * For the abbreviated corrigendum (`A/67/65-E/2012/48 和 Corr.1`): the `Corr.1` is
   * returned as its own symbol, expanded to `A/67/65/Corr.1-E/2012/48/Corr.1`.
   */
  abbreviated?: boolean;
}

const MAX_SYMBOL = 200;

function isSymChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 47 || c === 46 || c === 40 || c === 41 || c === 45;
}

function isBoundaryBefore(c: number): boolean {
  return !(isAsciiAlnum(c) || c === 47 || c === 46 || c === 45 || c === 95 || c === 92);
}

function countChar(s: string, ch: number): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === ch) n++;
  return n;
}

/**
 * Finds document symbols in width-folded text. `skip(offset)` tells whether an offset is
 * inside a URL (URL paths are not references). Linear: each character is looked at a bounded
 * number of times.
 */
export function scanSymbols(s: string, skip: (offset: number) => boolean = () => false): ScannedSymbol[] {
  const out: ScannedSymbol[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (!isUpper(c) || (i > 0 && !isBoundaryBefore(s.charCodeAt(i - 1))) || skip(i)) {
      i++;
      continue;
    }
    let e = i;
    while (e < s.length && isSymChar(s.charCodeAt(e))) {
      // a dot belongs to a symbol only between a letter and a digit (C.2, CN.16, L.12, Corr.1):
      // `A/RES/79/1.` ends a sentence, `1.23` is a footnote number glued to it
      if (s.charCodeAt(e) === 46) {
        const before = s.charCodeAt(e - 1);
        const after = s.charCodeAt(e + 1);
        if (!((isAsciiLetter(before) || before === 46) && (isDigit(after) || after === 46))) break;
      }
      e++;
    }
    const runEnd = e;
    if (runEnd - i > MAX_SYMBOL) {
      i = runEnd;
      continue;
    }
    // S/RES/2250 (2015), A/RES/217 (III): a space before a parenthesised year or session
    if (isDigit(s.charCodeAt(e - 1)) && s.charCodeAt(e) === 32 && s.charCodeAt(e + 1) === 40) {
      let k = e + 2;
      while (k < s.length && k - e < 10 && (isDigit(s.charCodeAt(k)) || 'IVXLC'.includes(s[k]))) k++;
      if (k > e + 2 && s.charCodeAt(k) === 41) e = k + 1;
    }
    // trim punctuation that belongs to the sentence
    for (;;) {
      const last = s.charCodeAt(e - 1);
      if (last === 46 || last === 45 || last === 40) e--;
      else if (last === 41 && countChar(s.slice(i, e), 41) > countChar(s.slice(i, e), 40)) e--;
      else break;
    }
    const raw = s.slice(i, e);
    const next = Math.max(runEnd, e, i + 1);
    if (e - i > MAX_SYMBOL || raw.indexOf('/') < 0) {
      i = next;
      continue;
    }
    const series = raw.slice(0, raw.indexOf('/'));
    const candidate =
      isSeries(series) &&
      raw.length > series.length + 1 &&
      (hasDigit(raw) ? true : (raw.endsWith('/') || raw.includes('//')) && (KNOWN_SERIES.has(series) || raw.includes('/RES/')));
    if (!candidate) {
      i = next;
      continue;
    }
    const parse = parseSymbol(raw);
    out.push({ start: i, end: e, parse });
    if (parse.ok) {
      const abbr = abbreviatedSuffixAfter(s, e);
      if (abbr) {
        const expanded = parse.value.parts.map((p) => [...p.components, abbr.suffix].join('/')).join('-');
        out.push({ start: abbr.start, end: abbr.end, parse: parseSymbol(expanded), abbreviated: true });
        i = abbr.end;
        continue;
      }
    }
    i = next;
  }
  return out;
}

/** `和 Corr.1`, `and Add.2`, `, Rev.1` right after a symbol. */
function abbreviatedSuffixAfter(s: string, end: number): { start: number; end: number; suffix: string } | undefined {
  let j = skipSpacesForward(s, end, 3);
  let matched = false;
  for (const conj of ['和', '及', '、', ',', 'and ']) {
    if (s.startsWith(conj, j)) {
      j += conj.length;
      matched = true;
      break;
    }
  }
  if (!matched) return undefined;
  j = skipSpacesForward(s, j, 3);
  for (const word of ['Corr.', 'Add.', 'Rev.', 'Amend.']) {
    if (s.startsWith(word, j)) {
      let k = j + word.length;
      const d = k;
      while (k < s.length && isDigit(s.charCodeAt(k)) && k - d < 4) k++;
      if (k === d) return undefined;
      if (k < s.length && (isAsciiAlnum(s.charCodeAt(k)) || s.charCodeAt(k) === 47)) return undefined;
      return { start: j, end: k, suffix: s.slice(j, k) };
    }
  }
  return undefined;
}

const UN_DOC_HOSTS = ['docs.un.org', 'undocs.org', 'documents.un.org', 'www.undocs.org'];

/**
 * The document symbol a UN document link points to: `https://docs.un.org/zh/A/RES/70/125` →
 * `A/RES/70/125`, `https://undocs.org/ch/A/67/65-E/2012/48` → `A/67/65-E/2012/48`. Undefined for
 * other links or when the path is not a well-formed symbol (a link is not reported as malformed).
 */
export function symbolFromUrl(url: string): string | undefined {
  const m = /^https?:\/\/([^/?#\s]+)\/([^?#\s]*)/i.exec(url.trim());
  if (!m || !UN_DOC_HOSTS.includes(m[1].toLowerCase())) return undefined;
  let path = m[2];
  try {
    path = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  // language segment: /zh/, /ch/, /en/, /fr/ …
  const lang = /^[a-z]{2}\//.exec(path);
  if (lang) path = path.slice(lang[0].length);
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  path = path.slice(0, end);
  const parsed = parseSymbol(path);
  return parsed.ok ? parsed.value.symbol : undefined;
}
