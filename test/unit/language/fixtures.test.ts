/**
 * The fr/es/ru/ar fixtures (`test/fixtures/languages/<id>`) read with the language data alone: the
 * header, organ line, leading verbs, endings, sub-paragraph letters, footnotes and citations are what
 * the data says UN texts in that language write, the seeded defects are where expected.json puts
 * them and nowhere else, and the agreed-language truth holds on the texts (exact: same body; near:
 * a few words apart; partial: the span stands in both). The profile tests (`<id>.test.ts`) then
 * check what the service finds against the same expected.json.
 */
import * as assert from 'assert';
import { ar } from '../../../server/src/service/language/data/ar';
import { es } from '../../../server/src/service/language/data/es';
import { fr } from '../../../server/src/service/language/data/fr';
import { ru } from '../../../server/src/service/language/data/ru';
import type { LanguageData } from '../../../server/src/service/language/data/types';
import { readLanguageFixture } from '../../support/languageFixtures';

const SUP = /<sup>(\d+)<\/sup>/g;
const plain = (s: string) => s.replace(SUP, '').replace(/\*/g, '');
/** Operative number as the language writes it: `1.` or Arabic `1 -`. */
const opMarker = (d: LanguageData) => (d.id === 'ar' ? /^(\d+) - / : /^(\d+)\. /);
const subMarker = (d: LanguageData) => (d.id === 'ar' ? /^\(([^)]+)\) / : /^([a-z])\) /);

function longest(list: string[], s: string): string | undefined {
  return list.filter((v) => s.startsWith(v) && !/[\p{L}]/u.test(s[v.length] ?? '')).sort((a, b) => b.length - a.length)[0];
}

/** The paragraphs of a text as the language writes them: kind, line, verb, body (markup and footnote calls removed). */
function paragraphs(d: LanguageData, text: string) {
  const lines = text.split('\n');
  const organ = lines.findIndex((l) => d.organs.generalAssembly.includes(l));
  const out: Array<{ kind: 'pp' | 'op' | 'sub'; line: number; raw: string; number?: string; verb?: string; body: string }> = [];
  lines.forEach((raw, i) => {
    if (i <= organ || !raw.trim() || raw.startsWith('<sup>') || /^\d+(e|ª|-е)? /.test(raw) || /^الجلسة|^\d+ /.test(raw)) {
      if (!(i > organ && opMarker(d).test(raw))) return;
    }
    const op = opMarker(d).exec(raw);
    const sub = subMarker(d).exec(raw);
    const kind = op ? 'op' : sub ? 'sub' : 'pp';
    let s = plain(raw.slice(op ? op[0].length : sub ? sub[0].length : 0));
    if (kind === 'sub') return void out.push({ kind, line: i + 1, raw, number: sub![1], body: s });
    const verb = longest(kind === 'pp' ? d.preambularVerbs : d.operativeVerbs, s);
    s = s.slice(verb?.length ?? 0);
    for (const a of d.adverbsAfter) if (s.startsWith(` ${a} `) || s.startsWith(` ${a},`)) s = s.slice(a.length + 1);
    out.push({ kind, line: i + 1, raw, number: op?.[1], verb, body: s.trim() });
  });
  // only the paragraphs (not the adoption lines after the last one)
  return out.filter((p) => p.kind !== 'pp' || /[,،;؛.:]$/.test(plain(p.raw)));
}

function wordDiff(a: string, b: string): number {
  const wa = a.split(/\s+/);
  const wb = b.split(/\s+/);
  // words of the longer not in order in the shorter (LCS)
  const dp: number[][] = Array.from({ length: wa.length + 1 }, () => new Array(wb.length + 1).fill(0));
  for (let i = 1; i <= wa.length; i++) for (let j = 1; j <= wb.length; j++) dp[i][j] = wa[i - 1] === wb[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
  return Math.max(wa.length, wb.length) - dp[wa.length][wb.length];
}

/** The longest common substring of two strings. */
function longestCommon(a: string, b: string): string {
  let best = 0;
  let end = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1] + 1;
        if (cur[j] > best) {
          best = cur[j];
          end = i;
        }
      }
    }
    prev = cur;
  }
  return a.slice(end - best, end);
}

const DATA: LanguageData[] = [fr, es, ru, ar];

describe('language fixtures read with the language data (fr, es, ru, ar)', () => {
  for (const d of DATA) {
    describe(`${d.id}`, () => {
      const { draft, precedent, expected } = readLanguageFixture(d.id);
      const lines = draft.split('\n');
      const dp = paragraphs(d, draft);
      const pp = paragraphs(d, precedent);

      it('header, organ line and paragraph counts', () => {
        assert.ok(new RegExp(d.header.session, 'u').test(lines[0]), lines[0]);
        assert.ok(lines.some((l) => new RegExp(d.header.agendaItem, 'u').test(l)), 'agenda item line');
        assert.strictEqual(lines[12], d.organs.generalAssembly[0]);
        assert.deepStrictEqual(dp.filter((p) => p.kind === 'pp').map((p) => p.line), expected.structure.preambularLines);
        assert.deepStrictEqual(dp.filter((p) => p.kind === 'op').map((p) => p.line), expected.structure.operativeLines);
        assert.deepStrictEqual(dp.filter((p) => p.kind === 'sub').map((p) => p.line), expected.structure.subparagraphLines);
        assert.strictEqual(expected.structure.preambularLines.length, expected.structure.preambular);
        assert.strictEqual(expected.structure.operativeLines.length, expected.structure.operative);
        assert.ok(expected.structure.preambular >= 8 && expected.structure.preambular <= 15);
        assert.ok(expected.structure.operative >= 8 && expected.structure.operative <= 15);
      });

      it('every paragraph opens with a verb of the lexicon, in draft and precedent', () => {
        for (const p of [...dp, ...pp]) if (p.kind !== 'sub') assert.ok(p.verb, `${d.id} line ${p.line}: no verb in “${p.raw.slice(0, 40)}”`);
      });

      it('endings: the seeded wrong ending only; French no-break spaces before ; and :', () => {
        const e = d.endings;
        const wrong: number[] = [];
        const all = dp;
        all.forEach((p, i) => {
          const t = plain(p.raw);
          const next = all[i + 1];
          const want = p.kind === 'pp' ? e.preambular : !next ? e.last : next.kind === 'sub' && p.kind === 'op' ? e.chapeau : e.operative;
          if (!t.endsWith(want)) wrong.push(p.line);
          if (e.spaceBefore && (want === ';' || want === ':' || t.endsWith(';'))) {
            const before = t[t.length - 2];
            if (!e.spaceBefore.spaces.includes(before)) wrong.push(-p.line);
          }
        });
        assert.deepStrictEqual(wrong, expected.defects.filter((x) => x.code === 'paragraph-punctuation').map((x) => x.line));
        if (d.id === 'fr') assert.ok(!/ [;:]/.test(draft) && !/ [;:]/.test(precedent), 'no plain space before ; or :');
      });

      it('numbering: one misnumbered operative paragraph, sub-paragraphs lettered in order', () => {
        const off = dp.filter((p) => p.kind === 'op').map((p, i) => ({ p, i })).filter(({ p, i }) => Number(p.number) !== i + 1);
        assert.deepStrictEqual(off.map(({ p }) => p.line), expected.defects.filter((x) => x.code === 'paragraph-numbering').map((x) => x.line));
        assert.deepStrictEqual(dp.filter((p) => p.kind === 'sub').map((p) => p.number), d.subparagraphLetters.slice(0, 3));
      });

      it('footnotes: references 1–3 in order, definitions of 1 and 2; 3 undefined where expected', () => {
        const refs: Array<{ n: number; line: number }> = [];
        const defs: number[] = [];
        lines.forEach((l, i) => {
          if (/^<sup>\d+<\/sup> /.test(l)) defs.push(Number(/\d+/.exec(l)![0]));
          else for (const m of l.matchAll(SUP)) refs.push({ n: Number(m[1]), line: i + 1 });
        });
        assert.deepStrictEqual(refs.map((r) => r.n), [1, 2, 3]);
        assert.strictEqual(refs.length, expected.structure.footnoteReferences);
        assert.deepStrictEqual(defs, [1, 2]);
        assert.strictEqual(defs.length, expected.structure.footnoteDefinitions);
        const undef = refs.filter((r) => !defs.includes(r.n)).map((r) => r.line);
        assert.deepStrictEqual(undef, expected.defects.filter((x) => x.code === 'footnote-undefined').map((x) => x.line));
      });

      it('citations: read by the citation pattern; the seeded date disagrees with the precedent, the others agree', () => {
        const re = new RegExp(d.citation.citationPattern, 'gu');
        const read = (t: string) => [...t.matchAll(re)].map((m) => ({ symbol: m.groups!.symbol, date: `${m.groups!.year}-${d.citation.months.indexOf(m.groups!.month) + 1}-${m.groups!.day}`, line: t.slice(0, m.index).split('\n').length }));
        const inDraft = read(draft);
        const inPrecedent = read(precedent);
        assert.deepStrictEqual(inDraft.map((c) => c.symbol), ['79/262', '70/1', '68/261', '71/313']);
        assert.deepStrictEqual(inPrecedent.map((c) => c.symbol), ['70/1', '68/261', '71/313']);
        const disagree = inDraft.filter((c) => inPrecedent.some((p) => p.symbol === c.symbol && p.date !== c.date));
        assert.deepStrictEqual(disagree.map((c) => c.line), expected.defects.filter((x) => x.code === 'reference-inconsistent').map((x) => x.line));
        assert.ok(!new RegExp(d.citation.citationPattern, 'u').test(precedent.replace(/[0-9]{4}/g, '')));
      });

      it('the malformed symbol stands on its line only', () => {
        const bad = lines.map((l, i) => (/[A-Z]\/\/\d/.test(l) ? i + 1 : 0)).filter(Boolean);
        assert.deepStrictEqual(bad, expected.defects.filter((x) => x.code === 'reference-malformed').map((x) => x.line));
      });

      it('agreed-language truth holds on the texts', () => {
        const ref = (label: string) => {
          const [k, n] = label.split(' ');
          return pp.filter((p) => p.kind === (k === 'PP' ? 'pp' : 'op'))[Number(n) - 1];
        };
        const at = (line: number) => dp.find((p) => p.line === line)!;
        const body = (s: string) => s.replace(/[\s\u00a0\u202f]*[,;.:،؛]$/u, '');
        for (const a of expected.agreed) {
          const src = ref(a.source);
          const p = at(a.line);
          assert.ok(src && p, `${a.paragraph}`);
          const n = wordDiff(body(p.body), body(src.body));
          if (a.status === 'exact') assert.strictEqual(body(p.body), body(src.body), `${d.id} ${a.paragraph} exact`);
          else if (a.status === 'near') assert.ok(n >= 1 && n <= 12, `${d.id} ${a.paragraph} near: ${n} words apart`);
          else {
            assert.ok(a.span && plain(p.raw).includes(a.span) && src.body.includes(a.span), `${d.id} ${a.paragraph} span`);
            assert.ok(a.span!.length < src.body.length * 0.5, `${d.id} ${a.paragraph}: the span is not most of the source`);
          }
        }
        // new paragraphs (and the new sub-paragraphs) take no span of 20 characters from a precedent paragraph's body
        const fold = (t: string) => t.toLowerCase().replace(/\s+/g, ' ');
        for (const line of [...expected.new.map((x) => x.line), ...expected.structure.subparagraphLines]) {
          const p = at(line);
          for (const q of pp) {
            const common = longestCommon(fold(p.body), fold(q.body));
            assert.ok(common.length < 20, `${d.id} line ${line} is new, but shares “${common}” with a precedent paragraph`);
          }
        }
      });

      if (d.id === 'ar') {
        it('Arabic text: Arabic script (Latin only in symbols), Western digits, Arabic punctuation', () => {
          for (const p of [...dp, ...pp]) {
            const t = plain(p.raw).replace(/\b[A-Z][A-Za-z.]*(\/[A-Za-z0-9.]*)+/g, '');
            assert.ok(!/[A-Za-z]/.test(t), `Latin letters in ${p.raw.slice(0, 40)}`);
            assert.ok(!/[,;]/.test(t), `Latin comma or semicolon in line ${p.line}`);
          }
          assert.ok(!/[\u0660-\u0669]/.test(draft));
        });
      }
    });
  }
});
