/** Common leading verbs, used when the corpus has none (ordered roughly by frequency). */
export const BUILTIN_VERBS = {
  zh: {
    preambular: ['回顾', '又回顾', '还回顾', '重申', '又重申', '认识到', '又认识到', '确认', '又确认', '注意到', '又注意到', '表示注意到', '欢迎', '又欢迎', '强调', '强调指出', '关切地注意到', '严重关切地注意到', '意识到', '承认', '深信', '铭记', '考虑到', '申明'],
    operative: ['确认', '欢迎', '鼓励', '敦促', '促请', '呼吁', '邀请', '请', '决定', '期待', '重申', '强调', '注意到', '表示注意到', '认识到', '吁请', '又请', '还请'],
  },
  en: {
    preambular: ['Recalling', 'Recalling also', 'Reaffirming', 'Recognizing', 'Acknowledging', 'Noting', 'Taking note of', 'Welcoming', 'Emphasizing', 'Stressing', 'Noting with concern', 'Expressing concern', 'Mindful of', 'Bearing in mind', 'Convinced', 'Aware', 'Considering'],
    operative: ['Decides', 'Requests', 'Calls upon', 'Encourages', 'Urges', 'Invites', 'Welcomes', 'Recognizes', 'Reaffirms', 'Emphasizes', 'Stresses', 'Takes note of', 'Notes', 'Looks forward to', 'Acknowledges'],
  },
} as const;
