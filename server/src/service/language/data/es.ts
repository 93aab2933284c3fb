import type { LanguageData } from './types';

/**
 * Spanish: a minimal placeholder written by lang-core so the profile compiles and its tests run. The full
 * data comes from the lang-data branch, which replaces this file.
 */
export const es: LanguageData = {
  id: 'es',
  endonym: 'español',
  direction: 'ltr',
  organs: {
    generalAssembly: ['La Asamblea General,'],
    securityCouncil: ['El Consejo de Seguridad,'],
    economicAndSocialCouncil: ['El Consejo Económico y Social,'],
    humanRightsCouncil: ['El Consejo de Derechos Humanos,'],
  },
  preambularVerbs: ['Recordando', 'Reafirmando', 'Reconociendo', 'Observando', 'Tomando nota', 'Destacando', 'Considerando', 'Consciente', 'Convencida', 'Profundamente preocupada'],
  operativeVerbs: ['Decide', 'Solicita', 'Exhorta', 'Insta', 'Invita', 'Alienta', 'Reafirma', 'Destaca', 'Toma nota', 'Acoge con beneplácito', 'Pide'],
  adverbsBefore: [],
  adverbsAfter: ['también', 'además', 'asimismo', 'nuevamente'],
  leads: ['A este respecto,', 'En este sentido,', 'En este contexto,'],
  endings: { preambular: ',', operative: ';', last: '.', chapeau: ':' },
  subparagraphLetters: 'abcdefghijklmnopqrstuvwxyz'.split(''),
  citation: {
    resolution: ['resolución', 'resoluciones'],
    decision: ['decisión', 'decisiones'],
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    datePattern: '(?<day>\\d{1,2}) de (?<month>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de (?<year>\\d{4})',
    citationPattern:
      '[Rr]esolución (?<symbol>\\d{1,4}/\\d{1,4}),? de (?<date>\\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \\d{4})',
  },
  header: { session: '^[A-ZÉ][\\p{L} ]+ período de sesiones$', agendaItem: '^Tema \\d+ del programa' },
};
