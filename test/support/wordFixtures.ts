/**
 * Word fixtures the project makes itself: a resolution as structured
 * paragraphs (runs, real footnotes, list-numbered operative paragraphs and
 * sub-paragraphs), built from a seed or from the hand-written English draft
 * below, written as .docx by the `docx` package, and the resolution text a
 * reader must give back. Used by scripts/fixtures/make-fixtures.ts (committed
 * files in test/fixtures/documents/) and by the round-trip tests.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  InsertedTextRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';

export type FixtureRun =
  | { text: string; bold?: boolean; italic?: boolean; inserted?: boolean; deleted?: boolean }
  | { footnote: string };

export interface FixtureParagraph {
  /** `op` and `sub` are numbered by a Word list (`1.`, `(a)`): the number is not in the runs. */
  kind: 'plain' | 'op' | 'sub';
  runs: FixtureRun[];
}

export interface FixtureDocument {
  language: 'zh' | 'en';
  symbol: string;
  title: string;
  /** Masthead date and the job number of the running footer. */
  date: string;
  job: string;
  paragraphs: FixtureParagraph[];
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number) => [...String(n)].map((d) => SUPERSCRIPT[+d]).join('');
const fromSuperscript = (s: string) => Number([...s].map((c) => SUPERSCRIPT.indexOf(c)).join(''));

// --- seeds → structured paragraphs ---------------------------------------------

const FOOTNOTE_DEF = /^(?:<sup>(\d+)<\/sup>|([⁰¹²³⁴⁵⁶⁷⁸⁹]+))\s*(.*)$/;
const INLINE = /\*\*(.+?)\*\*|<sup>(\d+)<\/sup>|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g;
const stripLinks = (s: string) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
const stripMarkup = (s: string) => stripLinks(s).replace(/\*\*/g, '').replace(/<\/?sup>/g, '');

function runsOf(line: string, notes: Map<number, string>): FixtureRun[] {
  const runs: FixtureRun[] = [];
  const text = stripLinks(line);
  let at = 0;
  INLINE.lastIndex = 0;
  for (let m = INLINE.exec(text); m; m = INLINE.exec(text)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    at = INLINE.lastIndex;
    if (m[1] !== undefined) runs.push({ text: m[1], bold: true });
    else {
      const n = m[2] !== undefined ? Number(m[2]) : fromSuperscript(m[3]);
      const note = notes.get(n);
      if (note !== undefined) runs.push({ footnote: note });
    }
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/**
 * A seed (Markdown-like or plain, see DOMAIN.md) as the paragraphs a drafter
 * would have in Word: headings as plain paragraphs, `1.` and `(a)` as list
 * numbering, footnote references as real footnotes, a paragraph cut by a page
 * break joined again.
 */
export function documentFromSeed(seed: string, meta: Omit<FixtureDocument, 'paragraphs' | 'language'>): FixtureDocument {
  const lines = seed.split(/\r?\n/).map((l) => l.trim());
  const notes = new Map<number, string>();
  for (const l of lines) {
    const m = FOOTNOTE_DEF.exec(l);
    if (m && m[3]) notes.set(m[1] !== undefined ? Number(m[1]) : fromSuperscript(m[2]), stripMarkup(m[3]).trim());
  }
  const paragraphs: FixtureParagraph[] = [];
  let pageBreak = false;
  for (const raw of lines) {
    if (!raw) continue;
    if (/^(-{3,}|_{5,})$/.test(raw) || FOOTNOTE_DEF.test(raw)) {
      pageBreak = true;
      continue;
    }
    const line = raw.replace(/^#+\s*/, '');
    const prev = paragraphs[paragraphs.length - 1];
    const prevText = prev?.runs.map((r) => ('text' in r ? r.text : '')).join('').trim() ?? '';
    if (pageBreak && prev && !/[，；。：,;.:]$/.test(prevText)) {
      prev.runs.push(...runsOf(line, notes));
      pageBreak = false;
      continue;
    }
    pageBreak = false;
    const op = /^\d+\.\s*(.*)$/.exec(line);
    const sub = /^\([a-z]\)\s*(.*)$/.exec(line);
    if (op) paragraphs.push({ kind: 'op', runs: runsOf(op[1], notes) });
    else if (sub) paragraphs.push({ kind: 'sub', runs: runsOf(sub[1], notes) });
    else paragraphs.push({ kind: 'plain', runs: runsOf(line, notes) });
  }
  return { ...meta, language: /[\u4e00-\u9fff]/.test(seed) ? 'zh' : 'en', paragraphs };
}

// --- a hand-written English draft ---------------------------------------------

const t = (text: string): FixtureRun => ({ text });
const i = (text: string): FixtureRun => ({ text, italic: true });
const fn = (footnote: string): FixtureRun => ({ footnote });

/** Written for these tests (no real document's text): the anatomy of a GA draft resolution. */
export const ENGLISH_DRAFT: FixtureDocument = {
  language: 'en',
  symbol: 'A/C.2/99/L.7',
  title: 'Rural water supply and sanitation for sustainable development',
  date: '3 October 2099',
  job: '99-12345 (E)',
  paragraphs: [
    { kind: 'plain', runs: [t('Ninety-ninth session')] },
    { kind: 'plain', runs: [t('Agenda item 18')] },
    { kind: 'plain', runs: [t('Rural water supply and sanitation for sustainable development')] },
    { kind: 'plain', runs: [t('The General Assembly,')] },
    { kind: 'plain', runs: [i('Recalling'), t(' its resolution 70/1 of 25 September 2015, entitled "Transforming our world: the 2030 Agenda for Sustainable Development",'), fn('Resolution 70/1, annex.')] },
    { kind: 'plain', runs: [i('Reaffirming'), t(' the commitment to ensure the availability and sustainable management of water and sanitation for all, in particular in rural areas, where the gaps in access remain widest and where women and girls carry most of the burden of collecting water for their households,')] },
    { kind: 'plain', runs: [i('Noting with concern'), t(' that the maintenance of rural water schemes is often left without predictable funding once construction is complete, so that a large share of hand pumps and small piped systems stop working within a few years,'), fn('See A/99/123, paras. 14–20.')] },
    { kind: 'plain', runs: [i('Taking note'), t(' of the report of the Secretary-General on progress towards universal access to safe drinking water in rural communities,'), fn('A/99/456.')] },
    { kind: 'plain', runs: [i('Recognizing'), t(' the role of local authorities, water user associations and small enterprises in operating and repairing rural water systems, and the need to strengthen their technical and financial capacities,')] },
    { kind: 'plain', runs: [i('Stressing'), t(' that climate change, droughts and floods put rural water sources under growing strain, and that groundwater, on which most rural communities depend, is poorly monitored in many regions, so that the depletion or contamination of aquifers is often noticed only when wells run dry or people fall ill,'), fn('See World Meteorological Organization, State of Global Water Resources 2098 (Geneva, 2099).')] },
    { kind: 'plain', runs: [i('Bearing in mind'), t(' that investments in rural water supply and sanitation bring returns in health, education and gender equality,')] },
    { kind: 'plain', runs: [i('Acknowledging'), t(' the contribution of regional commissions, river basin organizations and South-South and triangular cooperation to the sharing of knowledge on low-cost technologies, community management models and the regulation of small water service providers,')] },
    { kind: 'plain', runs: [i('Concerned'), t(' that data on rural water services are often incomplete or out of date, which makes it difficult for Governments to target investments to the communities left furthest behind, and recognizing in this regard the work of national statistical offices and of the joint monitoring arrangements of the United Nations system,'), fn('Including the joint monitoring programme for water supply, sanitation and hygiene.')] },
    { kind: 'op', runs: [i('Welcomes'), t(' the efforts of Member States to extend safe drinking water and sanitation services to rural populations, and encourages them to integrate the maintenance of those services into national budgets;')] },
    { kind: 'op', runs: [i('Calls upon'), t(' Member States, in accordance with national circumstances and priorities:')] },
    { kind: 'sub', runs: [t('To set national targets for functioning rural water points and to report on them regularly;')] },
    { kind: 'sub', runs: [t('To support water user associations through training, access to spare parts and tools, clear legal status and access to credit, so that they can carry out routine maintenance and minor repairs without waiting for technicians, spare parts or funds to arrive from outside the community, which can take months or, in remote areas, even years, during which households return to unsafe sources;')] },
    { kind: 'sub', runs: [t('To take into account the needs of persons with disabilities and older persons in the design of rural water and sanitation facilities, including through accessible water points, latrines and washing facilities, and to consult those persons and their representative organizations when facilities are planned, built, repaired or replaced, so that no one is left without safe water and sanitation because of the way in which the facilities were designed;')] },
    { kind: 'op', runs: [i('Invites'), t(' the relevant entities of the United Nations system, within their respective mandates and existing resources, to assist developing countries, upon request, in building the capacity of local authorities for the operation and maintenance of rural water systems;'), fn('Including the United Nations Children’s Fund and the World Health Organization.')] },
    { kind: 'op', runs: [i('Encourages'), t(' international financial institutions to consider financing arrangements that cover the life-cycle costs of rural water infrastructure, and not only its construction;')] },
    { kind: 'op', runs: [i('Stresses'), t(' the importance of reliable, disaggregated data on the functioning of rural water and sanitation services, and invites Member States to strengthen national monitoring systems, including through the use of mobile and remote sensing technologies where appropriate, while protecting personal data;')] },
    { kind: 'op', runs: [i('Encourages'), t(' Member States to share experiences and good practices in the regulation of small and community-based water service providers, including on tariffs that are affordable for poor households and sufficient to cover the costs of operation and minor repairs;')] },
    { kind: 'op', runs: [i('Calls upon'), t(' the international community to support the efforts of developing countries, in particular the least developed countries, landlocked developing countries and small island developing States, to build resilient rural water and sanitation services in the face of droughts, floods and other extreme weather events;')] },
    { kind: 'op', runs: [i('Requests'), t(' the Secretary-General to submit to the General Assembly at its one hundred and first session a report on the implementation of the present resolution;')] },
    { kind: 'op', runs: [i('Decides'), t(' to include in the provisional agenda of its one hundred and first session, under the item entitled "Sustainable development", a sub-item entitled "Rural water supply and sanitation for sustainable development".')] },
  ],
};

/** The English draft with tracked changes in two operative paragraphs: one insertion, one deletion each. */
export function withTrackedChanges(doc: FixtureDocument): FixtureDocument {
  const paragraphs = doc.paragraphs.map((p) => ({ ...p, runs: [...p.runs] }));
  const ops = paragraphs.filter((p) => p.kind === 'op');
  ops[0].runs.splice(1, 0, { text: ' warmly', deleted: true }, { text: ' sincerely', inserted: true });
  ops[1].runs.splice(1, 0, { text: ' all', inserted: true }, { text: ' each of the', deleted: true });
  return { ...doc, paragraphs };
}

// --- the text a reader must give back -------------------------------------------

const clean = (s: string) => s.replace(/[ \t\r\n]+/g, ' ').trim();

/** Resolution text: labels written out, superscript references, the footnotes after the rule. */
export function expectedText(doc: FixtureDocument): string {
  const lines: string[] = [];
  const notes: string[] = [];
  let op = 0;
  let sub = 0;
  for (const p of doc.paragraphs) {
    let s = '';
    for (const r of p.runs) {
      if ('footnote' in r) {
        notes.push(r.footnote);
        s = s.replace(/\s+$/, '') + superscript(notes.length);
      } else if (!r.deleted) s += r.text;
    }
    let label = '';
    if (p.kind === 'op') (label = `${++op}. `), (sub = 0);
    else if (p.kind === 'sub') label = `(${String.fromCharCode(97 + sub++)}) `;
    const line = clean(label + clean(s));
    if (line) lines.push(line);
  }
  let text = lines.join('\n\n');
  if (notes.length) text += `\n\n__________________\n${notes.map((n, k) => `${superscript(k + 1)} ${clean(n)}`).join('\n')}`;
  return text + '\n';
}

// --- writing .docx -----------------------------------------------------------------

const FONTS = { ascii: 'Liberation Serif', hAnsi: 'Liberation Serif', eastAsia: 'WenQuanYi Micro Hei', cs: 'Liberation Serif' };

/**
 * The document as a .docx: a first-page masthead and a running header and
 * footer (page furniture a reader must drop), list-numbered paragraphs,
 * real footnotes, tracked changes where the runs say so.
 */
export async function toDocx(doc: FixtureDocument): Promise<Buffer> {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let nextNote = 1;
  let change = 1;
  const date = '2099-01-01T00:00:00Z';
  const paragraphs = doc.paragraphs.map((p) => {
    const children = p.runs.map((r) => {
      if ('footnote' in r) {
        const id = nextNote++;
        footnotes[id] = { children: [new Paragraph(r.footnote)] };
        return new FootnoteReferenceRun(id);
      }
      const opts = { text: r.text, bold: r.bold, italics: r.italic };
      if (r.inserted) return new InsertedTextRun({ ...opts, id: change++, author: 'Drafter', date });
      if (r.deleted) return new DeletedTextRun({ ...opts, id: change++, author: 'Drafter', date });
      return new TextRun(opts);
    });
    const numbering = p.kind === 'op' ? { reference: 'paragraphs', level: 0 } : p.kind === 'sub' ? { reference: 'paragraphs', level: 1 } : undefined;
    return new Paragraph({ children, numbering, spacing: { after: 160 }, widowControl: false });
  });
  const zh = doc.language === 'zh';
  const masthead = [
    new Paragraph({ children: [new TextRun({ text: zh ? '联合国' : 'United Nations', bold: true }), new TextRun(`\t${doc.symbol}`)], tabStops: [{ type: 'right', position: 9000 }] }),
    new Paragraph({ children: [new TextRun({ text: zh ? '大会' : 'General Assembly', bold: true }), new TextRun(`\t${zh ? '分发：普遍' : 'Distr.: General'}`)], tabStops: [{ type: 'right', position: 9000 }] }),
    new Paragraph({ children: [new TextRun(`\t${doc.date}`)], tabStops: [{ type: 'right', position: 9000 }] }),
  ];
  const document = new Document({
    creator: 'resolution fixtures',
    title: doc.title,
    styles: { default: { document: { run: { font: FONTS, size: 22 } } } },
    numbering: {
      config: [
        {
          reference: 'paragraphs',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 1440, hanging: 360 } } } },
          ],
        },
      ],
    },
    footnotes,
    sections: [
      {
        properties: { titlePage: true },
        headers: {
          first: new Header({ children: masthead }),
          default: new Header({ children: [new Paragraph(`${doc.symbol}`)] }),
        },
        footers: {
          first: new Footer({ children: [new Paragraph(doc.job)] }),
          default: new Footer({ children: [new Paragraph({ children: [new TextRun(`${doc.job}\t`), new TextRun({ children: [PageNumber.CURRENT] })] })] }),
        },
        children: paragraphs,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Paragraph lines of a resolution text (blank lines and the footnote rule dropped). */
export function paragraphLines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l && !/^_{5,}$/.test(l));
}

// --- the committed fixtures ------------------------------------------------------------

const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURE_DIR = path.join(ROOT, 'test', 'fixtures', 'documents');
const seed = (file: string) => fs.readFileSync(path.join(ROOT, 'seeds', file), 'utf8');

/** The fixture documents by base name (scripts/fixtures/make-fixtures.ts writes them; tests know the expected text from them). */
export function fixtureDocuments(): Record<'zh-80-118' | 'zh-76-189' | 'en-draft' | 'en-draft-tracked', FixtureDocument> {
  return {
    'zh-80-118': documentFromSeed(seed('000_1ed030a242e859ae.txt'), {
      symbol: 'A/RES/80/118',
      title: '信息和通信技术促进可持续发展',
      date: '2025年12月15日',
      job: '25-20000 (C)',
    }),
    'zh-76-189': documentFromSeed(seed('001_8d8e352413f896fa.txt'), {
      symbol: 'A/RES/76/189',
      title: '信息和通信技术促进可持续发展',
      date: '2021年12月17日',
      job: '21-19000 (C)',
    }),
    'en-draft': ENGLISH_DRAFT,
    'en-draft-tracked': withTrackedChanges(ENGLISH_DRAFT),
  };
}
