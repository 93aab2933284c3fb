/**
 * The leading verb of a paragraph is a separate, negotiable choice: `认识到X` and `确认X` share
 * the agreed body X. The parser tells us the verb (Paragraph.verb, CorpusParagraph.verb and
 * bodyStart); this module finds the body start from that, and falls back to a small lexicon of
 * preambular/operative verbs when a paragraph comes without one (plain strings, old caches).
 */
import type { Paragraph, TextPiece } from '../model';

/** Adverbial prefixes that combine with a verb (`又回顾`, `还重申`, `再次呼吁`, `Further recalling`). */
const ZH_PREFIXES = ['又', '还', '再次', '并', '也', '亦', '进一步', '深为', '十分', '严重', '极为', '非常', '深切', '关切地', '满意地', '赞赏地', '欣见'];
const ZH_VERBS = [
  '回顾', '重申', '认识到', '确认', '注意到', '表示注意到', '欢迎', '强调指出', '强调', '关切地注意到', '意识到', '承认',
  '鼓励', '敦促', '促请', '呼吁', '邀请', '请', '决定', '决心', '期待', '知悉', '赞赏', '表示赞赏', '表示关切', '深信', '相信',
  '铭记', '考虑到', '申明', '指出', '支持', '感谢', '赞扬', '吁请', '要求', '建议', '核可', '通过', '重视', '关切', '深感关切',
  '遗憾地注意到', '满意地注意到', '赞赏地注意到', '注意到并欢迎', '表示', '宣布', '同意', '授权', '谴责', '强烈谴责',
];
const EN_VERBS = [
  'Recalling', 'Reaffirming', 'Recognizing', 'Recognising', 'Acknowledging', 'Noting', 'Taking note', 'Welcoming', 'Emphasizing',
  'Stressing', 'Underlining', 'Concerned', 'Noting with concern', 'Noting with appreciation', 'Expressing', 'Bearing in mind',
  'Mindful', 'Aware', 'Convinced', 'Considering', 'Taking into account', 'Affirming', 'Deeply concerned', 'Gravely concerned',
  'Recognizes', 'Reaffirms', 'Welcomes', 'Encourages', 'Urges', 'Calls upon', 'Calls on', 'Invites', 'Requests', 'Decides',
  'Emphasizes', 'Stresses', 'Notes', 'Takes note', 'Acknowledges', 'Looks forward', 'Reiterates', 'Underlines', 'Expresses',
  'Recalls', 'Affirms', 'Resolves', 'Endorses', 'Approves', 'Commends', 'Appreciates', 'Supports', 'Recommends',
];
const EN_PREFIXES = ['Also', 'Further', 'Further also', 'Once again', 'Again', 'Strongly', 'Deeply', 'Noting also', 'also'];

const ZH_FORMS: string[] = (() => {
  const set = new Set<string>();
  for (const v of ZH_VERBS) {
    set.add(v);
    for (const p of ZH_PREFIXES) set.add(p + v);
  }
  return [...set].sort((a, b) => b.length - a.length);
})();
const EN_FORMS: string[] = (() => {
  const set = new Set<string>();
  for (const v of EN_VERBS) {
    set.add(v);
    for (const p of EN_PREFIXES) set.add(`${p} ${v.charAt(0).toLowerCase()}${v.slice(1)}`);
    for (const p of ['also', 'further']) set.add(`${v} ${p}`);
  }
  return [...set].sort((a, b) => b.length - a.length);
})();

function byFirst(forms: string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const f of forms) (m.get(f.charAt(0)) ?? m.set(f.charAt(0), []).get(f.charAt(0))!).push(f);
  return m; // each list keeps the longest-first order
}
const ZH_BY_FIRST = byFirst(ZH_FORMS);
const EN_BY_FIRST = byFirst(EN_FORMS);

const ZH_LEADS = ['在这方面', '在此方面', '为此', '因此', '此外'];

export interface VerbSplit {
  /** The verb phrase (with its adverbial prefix), or undefined. */
  verb?: string;
  /** Offset in the text where the body starts (after verb, lead and spaces/emphasis). */
  bodyStart: number;
}

function skipNoise(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 42 /* * */ || c === 95 /* _ */ || c === 0x3000 || c === 9) i++;
    else break;
  }
  return i;
}

/** Lexicon-based split of a paragraph's clean text into verb and body. */
export function splitLeadingVerb(text: string): VerbSplit {
  let i = skipNoise(text, 0);
  for (const lead of ZH_LEADS) {
    if (text.startsWith(lead, i)) {
      i = skipNoise(text, i + lead.length);
      break;
    }
  }
  if (text.startsWith('In this regard,', i) || text.startsWith('In this respect,', i)) i = skipNoise(text, text.indexOf(',', i) + 1);
  for (const f of ZH_BY_FIRST.get(text.charAt(i)) ?? []) {
    if (text.startsWith(f, i)) return { verb: f, bodyStart: skipNoise(text, i + f.length) };
  }
  for (const f of EN_BY_FIRST.get(text.charAt(i)) ?? []) {
    if (text.startsWith(f, i)) {
      const after = text.charCodeAt(i + f.length);
      if (Number.isNaN(after) || after === 32 || after === 44 || after === 42 || after === 95) {
        return { verb: f, bodyStart: skipNoise(text, i + f.length) };
      }
    }
  }
  return { bodyStart: 0 };
}

/** Offset in a paragraph's clean text for a source offset (first text offset at or after it). */
function sourceToText(pieces: TextPiece[], sourceOffset: number, textLength: number): number {
  for (const p of pieces) {
    if (sourceOffset < p.sourceStart) return p.textStart;
    if (sourceOffset <= p.sourceStart + p.length) return p.textStart + (sourceOffset - p.sourceStart);
  }
  return textLength;
}

/** Source offset for a clean-text offset of a paragraph. */
export function textToSource(pieces: TextPiece[], textOffset: number, fallback: number): number {
  if (pieces.length === 0) return fallback + textOffset;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (textOffset < p.textStart + p.length || k === pieces.length - 1) {
      return p.sourceStart + Math.max(0, Math.min(textOffset - p.textStart, p.length));
    }
  }
  return fallback;
}

/** Verb and body start of a parsed draft paragraph (parser's verb when present, else lexicon). */
export function paragraphVerb(p: Paragraph): VerbSplit {
  if (p.verb) {
    const end = sourceToText(p.pieces, p.verb.span.end, p.text.length);
    if (end > 0 && end <= p.text.length) return { verb: p.verb.verb, bodyStart: skipNoise(p.text, end) };
  }
  return splitLeadingVerb(p.text);
}
