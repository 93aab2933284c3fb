import type { LanguageData } from './types';

/**
 * Russian: a minimal placeholder written by lang-core so the profile compiles and its tests run. The full
 * data comes from the lang-data branch, which replaces this file.
 */
export const ru: LanguageData = {
  id: 'ru',
  endonym: 'русский',
  direction: 'ltr',
  organs: {
    generalAssembly: ['Генеральная Ассамблея,'],
    securityCouncil: ['Совет Безопасности,'],
    economicAndSocialCouncil: ['Экономический и Социальный Совет,'],
    humanRightsCouncil: ['Совет по правам человека,'],
  },
  preambularVerbs: ['Напоминая', 'Ссылаясь', 'Вновь подтверждая', 'Признавая', 'Отмечая', 'Принимая к сведению', 'Подчеркивая', 'Будучи убеждена', 'Будучи глубоко обеспокоена'],
  operativeVerbs: ['Постановляет', 'Просит', 'Призывает', 'Настоятельно призывает', 'Предлагает', 'Рекомендует', 'Подтверждает', 'Вновь подтверждает', 'Подчеркивает', 'Приветствует', 'Принимает к сведению'],
  adverbsBefore: ['Вновь', 'Далее'],
  adverbsAfter: ['также', 'далее', 'вновь'],
  leads: ['В этой связи', 'В этой связи,'],
  endings: { preambular: ',', operative: ';', last: '.', chapeau: ':' },
  subparagraphLetters: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p'],
  citation: {
    resolution: ['резолюция', 'резолюции', 'резолюцию', 'резолюцией'],
    decision: ['решение', 'решения', 'решении'],
    months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    datePattern: '(?<day>\\d{1,2}) (?<month>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) (?<year>\\d{4}) года',
    citationPattern:
      'резолюци[яиюей]{1,2} (?<symbol>\\d{1,4}/\\d{1,4}) от (?<date>\\d{1,2} (?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \\d{4} года)',
  },
  header: { session: '^[А-Я][\\p{L}-]+ сессия$', agendaItem: '^Пункт \\d+ повестки дня' },
};
