/**
 * Document metadata: symbol, title, organ, date, language, kind, status.
 *
 * Three sources, in order of trust: the built-in manifest, a front-matter
 * block at the top of the file, what the parsed text says (the `80/118.`
 * symbol line, the adoption line, the organ line, a `决议草案` marker). The
 * file name is the citation of last resort.
 */
import * as path from 'path';
import { isLanguageId, languageFromTag } from '../language/registry';
import type { Language, OrganKind, ResolutionDocument } from '../model';
import { readFrontMatterBlock } from '../parser/frontMatter';
import type { ManifestEntry } from './seeds';
import type { DocumentMeta } from './types';

/** Metadata fields a file or the manifest may give; everything optional. */
export interface PartialMeta {
  symbol?: string;
  citation?: { zh?: string; en?: string };
  title?: string;
  organ?: string;
  kind?: DocumentMeta['kind'];
  status?: DocumentMeta['status'];
  date?: string;
  language?: Language;
  session?: number;
}

export interface FrontMatter {
  meta: PartialMeta;
  /** The text with the block replaced by as many empty lines (line numbers stay the same). */
  body: string;
  /** Set when a block was there but could not be read. */
  error?: string;
}

const KINDS: ReadonlyArray<DocumentMeta['kind']> = ['resolution', 'report', 'unknown'];
const STATUSES: ReadonlyArray<DocumentMeta['status']> = ['adopted', 'draft', 'report', 'unknown'];

/** ISO date or year as given; accepts `2022-12-14`, `2022/12/14`, `2022年12月14日`, `2022`. */
export function normaliseDate(value: string): string | undefined {
  const v = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(v) ?? /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(v);
  if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(v);
  if (m) return `${m[1]}-${m[2].padStart(2, '0')}`;
  if (/^\d{4}$/.test(v)) return v;
  return undefined;
}

/**
 * Reads a `---` … `---` block of `key: value` lines at the top of the text (blank
 * lines and a BOM before it are allowed). Not a block: `meta` empty, body unchanged.
 */
export function parseFrontMatter(text: string): FrontMatter {
  const block = readFrontMatterBlock(text);
  if (!block) return { meta: {}, body: text };
  const lines = text.split('\n');
  const close = block.closeLine;
  const pairs = block.pairs;
  const meta: PartialMeta = {};
  const errors: string[] = [];
  for (const [key, value] of pairs) {
    if (value === '' || value === 'null' || value === '~') continue;
    switch (key) {
      case 'symbol':
        meta.symbol = value.replace(/\s+/g, '');
        break;
      case 'title':
        meta.title = value;
        break;
      case 'organ':
        meta.organ = value;
        break;
      case 'date': {
        const d = normaliseDate(value);
        if (d) meta.date = d;
        else errors.push(`date: ${value}`);
        break;
      }
      case 'language':
      case 'lang': {
        const l = value.toLowerCase();
        const id = languageFromTag(value) ?? (l.startsWith('zh') ? 'zh' : l.startsWith('en') ? 'en' : undefined);
        if (id) meta.language = id;
        else errors.push(`language: ${value}`);
        break;
      }
      case 'kind':
        if ((KINDS as readonly string[]).includes(value)) meta.kind = value as DocumentMeta['kind'];
        else if (value === 'draft') {
          meta.kind = 'resolution';
          meta.status = meta.status ?? 'draft';
        } else errors.push(`kind: ${value}`);
        break;
      case 'status':
        if ((STATUSES as readonly string[]).includes(value)) meta.status = value as DocumentMeta['status'];
        else errors.push(`status: ${value}`);
        break;
      case 'citation':
        meta.citation = { ...meta.citation, zh: value };
        break;
      case 'citationen':
      case 'citation-en':
        meta.citation = { ...meta.citation, en: value };
        break;
      case 'session': {
        const n = Number(value);
        if (Number.isInteger(n) && n > 0) meta.session = n;
        else errors.push(`session: ${value}`);
        break;
      }
      default:
        break; // unknown keys are allowed (authors keep their own notes there)
    }
  }
  const blank = lines.slice(0, close + 1).map(() => '');
  const body = blank.concat(lines.slice(close + 1)).join('\n');
  return { meta, body, error: errors.length ? errors.join('; ') : undefined };
}

/** Manifest entry → partial metadata. */
export function metaFromManifest(entry: ManifestEntry): PartialMeta {
  const meta: PartialMeta = {};
  if (entry.symbol) meta.symbol = entry.symbol;
  if (entry.citation || entry.citationEn) meta.citation = { zh: entry.citation ?? undefined, en: entry.citationEn ?? undefined };
  if (entry.title) meta.title = entry.title;
  if (entry.organ) meta.organ = entry.organ;
  if (entry.kind && (KINDS as readonly string[]).includes(entry.kind)) meta.kind = entry.kind as DocumentMeta['kind'];
  if (entry.status && (STATUSES as readonly string[]).includes(entry.status)) meta.status = entry.status as DocumentMeta['status'];
  if (entry.date) meta.date = normaliseDate(entry.date) ?? entry.date;
  if (isLanguageId(entry.language)) meta.language = entry.language;
  if (typeof entry.session === 'number') meta.session = entry.session;
  return meta;
}

/** The UN symbol of a resolution number under an organ: 80/118 + GA → A/RES/80/118. */
export function symbolFor(number: string, organ: OrganKind | undefined): string | undefined {
  const n = number.replace(/\s+/g, ' ').trim();
  const slash = /^(\d{1,4})\/(\d{1,4})(?:\s?([A-Z]))?$/.exec(n);
  const sc = /^(\d{1,5})\s?\((\d{4})\)$/.exec(n);
  if (sc && (organ === 'Security Council' || organ === undefined || organ === 'other')) return `S/RES/${sc[1]}(${sc[2]})`;
  if (!slash) return undefined;
  const num = `${slash[1]}/${slash[2]}${slash[3] ? ` ${slash[3]}` : ''}`;
  switch (organ) {
    case 'General Assembly':
      return `A/RES/${num}`;
    case 'Economic and Social Council':
      return `E/RES/${num}`;
    case 'Human Rights Council':
      return `A/HRC/RES/${num}`;
    default:
      // No organ line: a four-digit first part is a year (ECOSOC numbering), otherwise a GA session.
      return slash[1].length === 4 ? `E/RES/${num}` : `A/RES/${num}`;
  }
}

/** What the parsed text says about itself. */
export function inferMeta(doc: ResolutionDocument): PartialMeta {
  const meta: PartialMeta = { language: doc.language };
  const header = (kind: string) => doc.header.find((h) => h.kind === kind);
  const first = doc.resolutions[0];
  const organKind = first?.organ?.organ;
  const symbolLine = header('symbol');
  const number = symbolLine?.number ?? (doc.resolutions.length === 1 ? first?.number : undefined);
  if (number && doc.kind !== 'report') {
    const symbol = symbolFor(number, organKind);
    if (symbol) meta.symbol = symbol;
    const session = /^(\d{1,3})\//.exec(number);
    if (session && organKind !== 'Economic and Social Council') meta.session = Number(session[1]);
  }
  const title = first?.title ?? header('title')?.text;
  if (title) meta.title = title;
  else if (symbolLine) {
    const t = symbolLine.text.replace(/^\s*\d{1,4}\/\d{1,4}\s*[.．。]\s*/, '').trim();
    if (t) meta.title = t;
  }
  if (first?.organ && doc.kind !== 'report') {
    meta.organ = first.organ.organ !== 'other' ? first.organ.organ : first.organ.text.replace(/[，,\s]+$/u, '');
  }
  const adoption = header('adoption');
  if (adoption?.date) meta.date = adoption.date;
  const draft = doc.kind === 'draft' || doc.header.some((h) => h.kind === 'draftMarker');
  if (doc.kind === 'report' || (doc.resolutions.length === 0 && doc.reportParagraphs.length > 0)) {
    meta.kind = 'report';
    meta.status = 'report';
  } else if (doc.resolutions.length > 0 || doc.kind === 'resolution' || doc.kind === 'draft') {
    meta.kind = 'resolution';
    meta.status = draft ? 'draft' : meta.symbol || adoption ? 'adopted' : 'unknown';
  }
  return meta;
}

/** Merges sources (earlier wins) into full metadata; the file name is the citation of last resort. */
export function completeMeta(
  base: { id: string; path: string; builtIn: boolean; metaSource: DocumentMeta['metaSource'] },
  ...sources: PartialMeta[]
): DocumentMeta {
  const pick = <K extends keyof PartialMeta>(k: K): PartialMeta[K] => {
    for (const s of sources) if (s[k] !== undefined) return s[k];
    return undefined;
  };
  const symbol = pick('symbol');
  const fileName = path.basename(base.path.replace(/^builtin:/, ''));
  const given = sources.find((s) => s.citation)?.citation;
  const citation = {
    zh: given?.zh ?? symbol ?? given?.en ?? fileName,
    en: given?.en ?? symbol ?? given?.zh ?? fileName,
  };
  const meta: DocumentMeta = {
    id: base.id,
    path: base.path,
    citation,
    kind: pick('kind') ?? 'unknown',
    status: pick('status') ?? 'unknown',
    language: pick('language') ?? 'zh',
    builtIn: base.builtIn,
    metaSource: base.metaSource,
  };
  if (symbol) meta.symbol = symbol;
  const title = pick('title');
  if (title) meta.title = title;
  const organ = pick('organ');
  if (organ) meta.organ = organ;
  const date = pick('date');
  if (date) meta.date = date;
  const session = pick('session');
  if (session !== undefined) meta.session = session;
  return meta;
}
