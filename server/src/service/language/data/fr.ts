import type { LanguageData } from './types';

/**
 * French: a minimal placeholder written by lang-core so the profile compiles and its tests run. The full
 * data (lexicons, organ lines, citation forms) comes from the lang-data branch, which replaces this file.
 */
export const fr: LanguageData = {
  id: 'fr',
  endonym: 'français',
  direction: 'ltr',
  organs: {
    generalAssembly: ["L'Assemblée générale,", 'L’Assemblée générale,'],
    securityCouncil: ['Le Conseil de sécurité,'],
    economicAndSocialCouncil: ['Le Conseil économique et social,'],
    humanRightsCouncil: ["Le Conseil des droits de l'homme,", 'Le Conseil des droits de l’homme,'],
  },
  preambularVerbs: ['Rappelant', 'Réaffirmant', 'Reconnaissant', 'Notant', 'Prenant note', 'Soulignant', 'Considérant', 'Consciente', 'Convaincue', 'Profondément préoccupée'],
  operativeVerbs: ['Décide', 'Prie', 'Demande', 'Engage', 'Exhorte', 'Invite', 'Encourage', 'Réaffirme', 'Souligne', 'Prend note', 'Se félicite', 'Accueille avec satisfaction'],
  adverbsBefore: [],
  adverbsAfter: ['également', 'en outre', 'de nouveau', 'aussi'],
  leads: ['À cet égard,', 'A cet égard,', 'Dans ce contexte,'],
  endings: { preambular: ',', operative: ';', last: '.', chapeau: ':', spaceBefore: { marks: ';:?!', spaces: '\u00a0\u202f ' } },
  subparagraphLetters: 'abcdefghijklmnopqrstuvwxyz'.split(''),
  citation: {
    resolution: ['résolution', 'résolutions'],
    decision: ['décision', 'décisions'],
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    datePattern: '(?<day>1er|\\d{1,2}) (?<month>janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) (?<year>\\d{4})',
    citationPattern:
      '[Rr]ésolution (?<symbol>\\d{1,4}/\\d{1,4}) du (?<date>(?:1er|\\d{1,2}) (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \\d{4})',
  },
  header: { session: '^[A-ZÉ][\\p{L}-]+ session$', agendaItem: "^Point \\d+ de l[’']ordre du jour" },
};
