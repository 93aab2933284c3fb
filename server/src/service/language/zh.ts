/**
 * Chinese profile. Chinese verbs are not space-delimited words, so Chinese keeps its own matcher: the
 * longest verb of the lexicon at a position, after an optional adverb (`又`, `还`, `再次`), or an
 * adverbial `X地注意到` (`关切地注意到`, `严重关切地注意到`).
 */
import { buildProfile } from './build';
import { zh as data } from './data/zh';
import { isIdeograph } from './script';
import type { LanguageProfile } from './types';

const VERBS = [...data.preambularVerbs, ...data.operativeVerbs];
const verbSet = new Set(VERBS);
const MAX = VERBS.reduce((m, v) => Math.max(m, v.length), 0);
/** First characters of the verbs: elsewhere no verb can start (the common case, tried first). */
const firstChars = new Set(VERBS.map((v) => v.charCodeAt(0)));
const PREFIXES = ['', ...data.adverbsBefore];

/** Longest Chinese verb phrase at `pos` (with an optional adverb and `X地注意到` adverbials); 0 when none. */
function verbAt(text: string, pos: number): number {
  let best = 0;
  for (const pre of PREFIXES) {
    if (pre && !text.startsWith(pre, pos)) continue;
    const p = pos + pre.length;
    // X地注意到 / 表示X地注意到 (关切地注意到, 赞赏地注意到, 严重关切地注意到)
    const window = text.slice(p, p + 12);
    const dw = window.indexOf('地注意到');
    const di = dw < 0 ? -1 : p + dw;
    if (di > p && di - p <= 6) {
      let ok = true;
      for (let i = p; i < di; i++) if (!isIdeograph(text.charCodeAt(i))) ok = false;
      if (ok) best = Math.max(best, di + 4 - pos);
    }
    if (!firstChars.has(text.charCodeAt(p))) continue;
    for (let len = Math.min(MAX, text.length - p); len >= 1; len--) {
      if (verbSet.has(text.substr(p, len))) {
        best = Math.max(best, pre.length + len);
        break;
      }
    }
  }
  // Bare adverbs are not verbs on their own.
  return best;
}

export const zhProfile: LanguageProfile = buildProfile(data, {
  verbAt,
  fallbacks: ['en'],
  otherOrgans: [/^(?:理事会|委员会|执行局)$/, /^[\u4e00-\u9fff]{2,16}(?:委员会|理事会|会议|大会)$/],
  builtinVerbs: {
    preambular: ['回顾', '又回顾', '还回顾', '重申', '又重申', '认识到', '又认识到', '确认', '又确认', '注意到', '又注意到', '表示注意到', '欢迎', '又欢迎', '强调', '强调指出', '关切地注意到', '严重关切地注意到', '意识到', '承认', '深信', '铭记', '考虑到', '申明'],
    operative: ['确认', '欢迎', '鼓励', '敦促', '促请', '呼吁', '邀请', '请', '决定', '期待', '重申', '强调', '注意到', '表示注意到', '认识到', '吁请', '又请', '还请'],
  },
});
