/**
 * The analysis of one draft paragraph against the table, step by step (see the module comment
 * of agreedLanguageIndex.ts): exact matches, near matches among the candidates, containment,
 * partial reuse; then the sources with their changes.
 */
import type { CorpusParagraph } from '../corpus/types';
import type { Span } from '../model';
import type { ServiceSettings } from '../options';
import { alignSpans, prepare, type AlignedSpan, type Prepared } from './align';
import type { CandidateSearch } from './candidates';
import type { Change } from './change';
import { containment, forwardChain } from './containment';
import { diffChanges } from './diff';
import { containedChanges } from './guidedDiff';
import { fnv } from './hash';
import { similarity, similarityBound } from './levenshtein';
import { Lru } from './lru';
import { mapRange, normalize, type Normalized } from './normalize';
import { bodyOf, clampStart, type ParagraphTable } from './paragraphTable';
import { MATCH_PARAMS, partialMinCharsFor, thresholdsOf } from './params';
import { units } from './shingles';
import type { AgreedSource, LocalAgreement, ParagraphInput } from './types';

interface CorpusBody {
  norm: Normalized;
  text: string;
  prepared?: Prepared;
}

/** A corpus paragraph found for the draft body, with its similarity (and for containment, its aligned spans). */
interface Verified {
  pid: number;
  sim: number;
  coverage?: number;
  chain?: AlignedSpan[];
}

/** An aligned span of the draft reused from a corpus paragraph (normalised offsets, a in the draft, b in the corpus). */
interface ReusedSpan {
  aStart: number;
  aEnd: number;
  pid: number;
  bStart: number;
  bEnd: number;
  sim: number;
}

/** A corpus paragraph held, nearly whole and in order, in the draft. */
interface Contained {
  pid: number;
  coverage: number;
  share: number;
  chain: AlignedSpan[];
}

/** What one draft paragraph is compared with: its normalised body and thresholds. */
interface Draft {
  input: ParagraphInput;
  norm: Normalized;
  /** The body's range in the paragraph's clean text. */
  bodyRange: Span;
  near: number;
  /** Shortest reused span reported (and shortest contained text): the setting, else the paragraph language's. */
  minChars: number;
}

/** Analyses paragraphs against a table; keeps the normalised corpus bodies it looked at. */
export class ParagraphMatcher {
  private corpusNorm = new Lru<number, CorpusBody>(MATCH_PARAMS.CORPUS_NORM_CACHE);

  constructor(
    private readonly table: ParagraphTable,
    private readonly rank: (pidA: number, pidB: number) => number,
    private readonly search: CandidateSearch,
  ) {}

  /** Forgets the normalised bodies (their paragraph ids changed). */
  forgetBodies(): void {
    this.corpusNorm.clear();
  }

  /** The table without its removed paragraphs, when there are many. */
  compactIfSparse(): void {
    if (!this.table.sparse) return;
    this.table.compact();
    // Results do not change (memo kept); caches keyed by paragraph id do.
    this.forgetBodies();
  }

  compute(input: ParagraphInput, settings: ServiceSettings): LocalAgreement {
    // Many removed paragraphs (files edited and re-indexed one by one): drop them for good
    // before any paragraph id is looked at.
    this.compactIfSparse();
    const bodyStart = clampStart(input.bodyStart, input.text);
    const norm = normalize(input.text, bodyStart);
    const none: LocalAgreement = { status: 'new', ranges: [], sources: [] };
    if (norm.text.length < MATCH_PARAMS.MIN_BODY_CHARS || this.table.byId.size === 0) return none;
    const t = thresholdsOf(settings);
    const draft: Draft = { input, norm, bodyRange: { start: norm.map[0], end: norm.map[norm.text.length] }, near: t.near, minChars: partialMinCharsFor(t, input.text) };

    const { verified, seen } = this.exactMatches(draft);
    // Near matches among the candidates (not needed when exact sources already fill the list).
    const enoughExact = verified.length >= MATCH_PARAMS.MAX_SOURCES;
    const cands = enoughExact ? [] : this.search.find(norm.text, MATCH_PARAMS.MAX_CANDIDATES, seen);
    if (!enoughExact) for (const v of this.nearMatches(draft, cands)) verified.push(v);
    if (verified.length > 0) return this.exactOrNear(draft, verified);

    const { found, contained } = this.alignCandidates(draft, cands);
    const byContainment = this.containedNear(draft, contained, found);
    if (byContainment) return byContainment;
    if (found.length === 0) return none;
    return this.partialReuse(draft, found);
  }

  /**
   * Exact matches: same body hash and length (the first few are checked character by
   * character; a 32-bit hash plus length collision among the rest is not a practical concern).
   */
  private exactMatches(draft: Draft): { verified: Verified[]; seen: Set<number> } {
    const t = this.table;
    const text = draft.norm.text;
    const verified: Verified[] = [];
    const seen = new Set<number>();
    const e = t.exact.get(fnv(text));
    let checked = 0;
    for (const pid of e === undefined ? [] : Array.isArray(e) ? e : [e]) {
      if (!t.isAlive(pid) || t.bodyLen.data[pid] !== text.length) continue;
      if (checked < 3) {
        checked++;
        if (this.corpusBody(pid).norm.text !== text) continue;
      }
      seen.add(pid);
      verified.push({ pid, sim: 1 });
    }
    return { verified, seen };
  }

  /**
   * Candidates as similar as the near threshold (Levenshtein). The same agreed paragraph
   * recurs verbatim across years: bodies with the same hash and length are compared once.
   */
  private nearMatches(draft: Draft, cands: number[]): Verified[] {
    const t = this.table;
    const text = draft.norm.text;
    const out: Verified[] = [];
    const simByBody = new Map<number, number>();
    for (const pid of cands) {
      if (similarityBound(text.length, t.bodyLen.data[pid]) < draft.near) continue;
      if (text.length > MATCH_PARAMS.MAX_COMPARE_CHARS || t.bodyLen.data[pid] > MATCH_PARAMS.MAX_COMPARE_CHARS) continue;
      const bodyKey = t.bodyKey(pid);
      let sim = simByBody.get(bodyKey);
      if (sim === undefined) {
        sim = similarity(text, this.corpusBody(pid).norm.text);
        simByBody.set(bodyKey, sim);
      }
      if (sim >= draft.near) out.push({ pid, sim });
    }
    return out;
  }

  /** An exact or near paragraph: its best sources, with their changes. */
  private exactOrNear(draft: Draft, verified: Verified[]): LocalAgreement {
    const text = draft.norm.text;
    verified.sort((a, b) => b.sim - a.sim || this.rank(a.pid, b.pid));
    // A draft clearly longer than its source has words inserted: its changes are guided by
    // the aligned spans too (a whole-body diff can cut an inserted clause at a shared word).
    let dp: Prepared | undefined;
    const list = verified.slice(0, MATCH_PARAMS.MAX_SOURCES).map((v) => {
      if (v.sim === 1 || text.length < this.table.bodyLen.data[v.pid] + MATCH_PARAMS.INSERTION_MIN_CHARS) return v;
      const c = this.corpusBody(v.pid);
      c.prepared ??= prepare(units(c.norm.text));
      dp ??= prepare(units(text));
      const chain = forwardChain(alignSpans(dp, c.prepared));
      return chain.length > 0 ? { ...v, chain } : v;
    });
    const sources = this.nearSources(list, draft.norm, draft.input);
    return { status: verified[0].sim === 1 ? 'exact' : 'near', ranges: [draft.bodyRange], sources, total: verified.length };
  }

  /** Seed-and-extend alignment with the best candidates: the reused spans, and the candidates the draft contains. */
  private alignCandidates(draft: Draft, cands: number[]): { found: ReusedSpan[]; contained: Contained[] } {
    const text = draft.norm.text;
    const dp = prepare(units(text));
    const found: ReusedSpan[] = [];
    const contained: Contained[] = [];
    for (const pid of cands.slice(0, MATCH_PARAMS.MAX_PARTIAL_CANDIDATES)) {
      const c = this.corpusBody(pid);
      c.prepared ??= prepare(units(c.norm.text));
      const spans = alignSpans(dp, c.prepared);
      // Containment: (nearly) all of the corpus paragraph, in order, with words added.
      const ct = containment(text, c.norm.text, spans);
      const coverage = ct.corpusCovered / Math.max(1, c.norm.text.length);
      const share = ct.draftCovered / Math.max(1, text.length);
      if (coverage >= Math.max(MATCH_PARAMS.CONTAIN_MIN_COVERAGE, draft.near) && share >= MATCH_PARAMS.CONTAIN_MIN_SHARE && ct.corpusCovered >= draft.minChars) {
        contained.push({ pid, coverage, share, chain: ct.chain });
      }
      for (const s of spans) {
        if (s.aEnd - s.aStart < draft.minChars) continue;
        const sim = similarity(text.slice(s.aStart, s.aEnd), c.norm.text.slice(s.bStart, s.bEnd));
        if (sim < draft.near) continue;
        found.push({ ...s, pid, sim });
      }
    }
    return { found, contained };
  }

  /**
   * A near match by containment, unless the draft also reuses another paragraph outside the
   * contained one (two agreed paragraphs merged): that is partial reuse of each, not a
   * deviation from one.
   */
  private containedNear(draft: Draft, contained: Contained[], found: ReusedSpan[]): LocalAgreement | undefined {
    if (contained.length === 0) return undefined;
    const t = this.table;
    const text = draft.norm.text;
    contained.sort((x, y) => y.coverage - x.coverage || y.share - x.share || this.rank(x.pid, y.pid));
    const top = contained[0];
    const topKey = t.bodyKey(top.pid);
    const inChain = (f: { aStart: number; aEnd: number }) => top.chain.some((s) => f.aStart < s.aEnd && s.aStart < f.aEnd);
    const merged = found.some((f) => t.bodyKey(f.pid) !== topKey && !inChain(f));
    if (merged) return undefined;
    const list = contained.map(({ pid, coverage, chain }) => {
      const len = t.bodyLen.data[pid];
      const sim = text.length > MATCH_PARAMS.MAX_COMPARE_CHARS || len > MATCH_PARAMS.MAX_COMPARE_CHARS ? similarityBound(text.length, len) : similarity(text, this.corpusBody(pid).norm.text);
      return { pid, sim: Math.min(sim, 0.999), coverage, chain };
    });
    const sources = this.nearSources(list.slice(0, MATCH_PARAMS.MAX_SOURCES), draft.norm, draft.input);
    return { status: 'near', ranges: [draft.bodyRange], sources, total: list.length };
  }

  /** Partial reuse: the longest reused spans that do not overlap, each with its sources, best first. */
  private partialReuse(draft: Draft, found: ReusedSpan[]): LocalAgreement {
    const input = draft.input;
    found.sort((a, b) => b.aEnd - b.aStart - (a.aEnd - a.aStart) || b.sim - a.sim || this.rank(a.pid, b.pid));
    const chosen: ReusedSpan[] = [];
    for (const f of found) {
      if (chosen.length >= MATCH_PARAMS.MAX_PARTIAL_SPANS) break;
      if (chosen.some((c) => f.aStart < c.aEnd && c.aStart < f.aEnd)) continue;
      chosen.push(f);
    }
    chosen.sort((a, b) => a.aStart - b.aStart);
    const ranges: Span[] = [];
    const sources: AgreedSource[] = [];
    const spanSources: AgreedSource[][] = [];
    for (const f of chosen) {
      const a = mapRange(draft.norm, f.aStart, f.aEnd, input.text);
      ranges.push(a);
      const best = this.spanSource(f, a, input);
      sources.push(best);
      // Other corpus paragraphs that hold (most of) the same span: listed too, best first.
      const len = f.aEnd - f.aStart;
      const others = found
        .filter((g) => g.pid !== f.pid && Math.min(g.aEnd, f.aEnd) - Math.max(g.aStart, f.aStart) >= 0.8 * len)
        .sort((x, y) => y.sim - x.sim || this.rank(x.pid, y.pid));
      const seenPids = new Set<number>([f.pid]);
      const list = [best];
      for (const g of others) {
        if (seenPids.has(g.pid) || list.length >= MATCH_PARAMS.MAX_PARTIAL_SOURCES) continue;
        seenPids.add(g.pid);
        list.push(this.spanSource(g, mapRange(draft.norm, g.aStart, g.aEnd, input.text), input));
      }
      spanSources.push(list);
    }
    return { status: 'partial', ranges, sources, spanSources };
  }

  /** The source of a reused span `a` (clean text range of the draft), with the changes within it. */
  private spanSource(f: ReusedSpan, a: Span, input: ParagraphInput): AgreedSource {
    const c = this.corpusBody(f.pid);
    const b = mapRange(c.norm, f.bStart, f.bEnd, c.text);
    const subDraft = normalize(input.text, a.start, a.end);
    const subCorpus = normalize(c.text, b.start, b.end);
    const src = this.source(f.pid, f.sim, diffChanges(subCorpus, c.text, subDraft, input.text));
    src.sourceRange = b;
    return src;
  }

  private corpusBody(pid: number): CorpusBody {
    let c = this.corpusNorm.get(pid);
    if (!c) {
      const p: CorpusParagraph = this.table.paragraphOf(pid);
      const b = bodyOf(p);
      c = { norm: normalize(p.text, clampStart(b.bodyStart, p.text)), text: p.text };
      this.corpusNorm.set(pid, c);
    }
    return c;
  }

  private source(pid: number, sim: number, changes: Change[]): AgreedSource {
    const t = this.table;
    const slot = t.slots[t.pidSlot.data[pid]];
    const p = slot.doc.paragraphs[t.pidPara.data[pid]];
    const meta = slot.doc.meta;
    return {
      symbol: meta.symbol ?? meta.citation.en,
      paragraph: p.label,
      date: meta.date,
      similarity: sim >= 1 ? 1 : Math.min(0.999, Math.round(sim * 1000) / 1000),
      text: p.text,
      changes,
      docId: meta.id,
      paragraphIndex: p.index,
      paragraphText: p.labelText,
      citation: meta.symbol ? { zh: meta.symbol, en: meta.symbol } : meta.citation,
    };
  }

  /** Sources of an exact/near paragraph (in the order given), with their changes. */
  private nearSources(list: Verified[], draft: Normalized, input: ParagraphInput): AgreedSource[] {
    const changesByBody = new Map<number, Change[]>();
    return list.map(({ pid, sim, coverage, chain }) => {
      const cp = this.table.paragraphOf(pid);
      let changes: Change[] = [];
      if (sim < 1) {
        const bodyKey = this.table.bodyKey(pid);
        const known = changesByBody.get(bodyKey);
        if (known) changes = known.slice();
        else {
          const c = this.corpusBody(pid);
          changes = chain ? containedChanges(c, chain, draft, input.text) : diffChanges(c.norm, c.text, draft, input.text);
          changesByBody.set(bodyKey, changes.slice());
        }
      }
      const cv = bodyOf(cp).verb;
      if (input.verb && cv && input.verb !== cv) changes.unshift({ kind: 'verb', from: cv, to: input.verb });
      const src = this.source(pid, sim, changes);
      if (coverage !== undefined) src.coverage = Math.round(coverage * 1000) / 1000;
      return src;
    });
  }
}
