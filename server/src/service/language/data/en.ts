import type { LanguageData } from './types';

/**
 * English: the conventions of the English texts of UN resolutions (the 46 real English texts). The verb
 * lists are the parser's lexicon as it stood before language profiles (issue 9).
 */
export const en: LanguageData = {
  id: 'en',
  endonym: 'English',
  direction: 'ltr',
  organs: {
    generalAssembly: ['The General Assembly,', 'General Assembly,'],
    securityCouncil: ['The Security Council,', 'Security Council,'],
    economicAndSocialCouncil: ['The Economic and Social Council,', 'Economic and Social Council,'],
    humanRightsCouncil: ['The Human Rights Council,', 'Human Rights Council,'],
  },
  preambularVerbs: [
    'Recalling', 'Reaffirming', 'Recognizing', 'Recognising', 'Noting', 'Taking note', 'Welcoming', 'Emphasizing', 'Emphasising',
    'Stressing', 'Underlining', 'Underscoring', 'Bearing in mind', 'Acknowledging', 'Aware', 'Conscious', 'Convinced', 'Concerned',
    'Expressing', 'Mindful', 'Reiterating', 'Guided by', 'Having considered', 'Having examined', 'Affirming', 'Determined',
    'Considering', 'Believing', 'Realizing', 'Realising', 'Alarmed', 'Deploring', 'Encouraged', 'Highlighting', 'Seeking',
    'Observing', 'Appreciating', 'Commending', 'Desiring', 'Keeping in mind', 'Taking into account', 'Cognizant', 'Regretting',
    'Deeply concerned', 'Gravely concerned', 'Seriously concerned', 'Deeply alarmed', 'Noting with concern',
    'Noting with appreciation', 'Noting with satisfaction', 'Noting with interest', 'Taking note with appreciation',
  ],
  operativeVerbs: [
    'Decides', 'Requests', 'Calls upon', 'Calls on', 'Calls for', 'Urges', 'Encourages', 'Invites', 'Welcomes', 'Recognizes',
    'Recognises', 'Reaffirms', 'Emphasizes', 'Emphasises', 'Stresses', 'Notes', 'Takes note', 'Recalls', 'Acknowledges',
    'Expresses', 'Affirms', 'Endorses', 'Approves', 'Authorizes', 'Authorises', 'Recommends', 'Supports', 'Underlines',
    'Underscores', 'Reiterates', 'Declares', 'Condemns', 'Deplores', 'Commends', 'Appeals', 'Looks forward', 'Highlights',
    'Resolves', 'Demands', 'Designates', 'Adopts', 'Proclaims', 'Takes note with appreciation', 'Notes with concern',
    'Notes with appreciation', 'Notes with satisfaction', 'Expresses its appreciation', 'Expresses concern', 'Further requests',
    'Also requests',
  ],
  adverbsBefore: ['Also', 'Further', 'Furthermore', 'Again', 'Once again', 'Strongly', 'Deeply', 'Further also', 'Also further', 'Firmly', 'Welcoming also'],
  adverbsAfter: ['also', 'further', 'again'],
  leads: ['In this regard,', 'In this context,', 'In this respect,', 'To this end,', 'In that regard,', 'In this connection,'],
  endings: { preambular: ',', operative: ';', last: '.', chapeau: ':' },
  subparagraphLetters: 'abcdefghijklmnopqrstuvwxyz'.split(''),
  citation: {
    resolution: ['resolution', 'resolutions'],
    decision: ['decision', 'decisions'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    datePattern:
      '(?<day>\\d{1,2}) (?<month>January|February|March|April|May|June|July|August|September|October|November|December) (?<year>\\d{4})',
    citationPattern:
      '(?<![\\p{L}])[Rr]esolution (?<symbol>\\d{1,4}/\\d{1,4}) of (?<date>\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4})',
    titleWords: ['the', 'of', 'and', 'for', 'on', 'in', 'to', 'with', 'by', 'its', 'their', 'against', 'towards', 'into', 'from'],
  },
  /**
   * 50 characters (about 8 words). Measured on the 13 real English series (each later text against the
   * earlier texts of its chain, 989 spans at 20): spans of 20–29 characters are stock phrases
   * (`implementation of the`, `financing for development`, `the Secretary-General`: 311 spans, none a
   * reused clause in the 60 most frequent), 30–39 mostly names and stock phrases (`the Federal Government
   * of Somalia`, `Small Island Developing States`), 40–49 still about two thirds names and stock phrases
   * in a sample of 25; from 50 most spans are reused clauses (`and in this regard, urges Member States to
   * promote`, `a conditions-based transition plan with clear target dates`). At 50 the series report
   * 407 spans in 231 paragraphs instead of 989 in 350. Shorter than the Chinese 20 characters' ~80.
   */
  partialReuseMinChars: 50,
  header: {
    session: '^[A-Z][a-z]+(?:-[a-z]+)? session$',
    agendaItem: '^Agenda item \\d+',
  },
};
