import type { LanguageData } from './types';

/**
 * Arabic: a minimal placeholder written by lang-core so the profile compiles and its tests run. The full
 * data comes from the lang-data branch, which replaces this file.
 */
export const ar: LanguageData = {
  id: 'ar',
  endonym: 'العربية',
  direction: 'rtl',
  organs: {
    generalAssembly: ['إن الجمعية العامة،'],
    securityCouncil: ['إن مجلس الأمن،'],
    economicAndSocialCouncil: ['إن المجلس الاقتصادي والاجتماعي،'],
    humanRightsCouncil: ['إن مجلس حقوق الإنسان،'],
  },
  preambularVerbs: ['إذ تشير', 'وإذ تشير', 'إذ تؤكد', 'وإذ تؤكد', 'وإذ تسلم', 'وإذ تلاحظ', 'وإذ تعيد تأكيد', 'وإذ ترحب'],
  operativeVerbs: ['تقرر', 'تطلب', 'تهيب', 'تحث', 'تدعو', 'تشجع', 'تؤكد', 'ترحب', 'تحيط علما', 'تعيد تأكيد', 'تسلم'],
  adverbsBefore: [],
  adverbsAfter: ['كذلك', 'أيضا', 'أيضاً'],
  leads: ['وفي هذا الصدد،'],
  endings: { preambular: '،', operative: '؛', last: '.', chapeau: ':' },
  subparagraphLetters: ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي'],
  citation: {
    resolution: ['القرار', 'القرارين', 'القرارات'],
    decision: ['المقرر', 'المقررين', 'المقررات'],
    months: [
      'كانون الثاني/يناير', 'شباط/فبراير', 'آذار/مارس', 'نيسان/أبريل', 'أيار/مايو', 'حزيران/يونيه',
      'تموز/يوليه', 'آب/أغسطس', 'أيلول/سبتمبر', 'تشرين الأول/أكتوبر', 'تشرين الثاني/نوفمبر', 'كانون الأول/ديسمبر',
    ],
    datePattern:
      '(?<day>\\d{1,2}) (?<month>كانون الثاني/يناير|شباط/فبراير|آذار/مارس|نيسان/أبريل|أيار/مايو|حزيران/يونيه|تموز/يوليه|آب/أغسطس|أيلول/سبتمبر|تشرين الأول/أكتوبر|تشرين الثاني/نوفمبر|كانون الأول/ديسمبر) (?<year>\\d{4})',
    citationPattern:
      'القرار (?<symbol>\\d{1,4}/\\d{1,4}) المؤرخ (?<date>\\d{1,2} (?:كانون الثاني/يناير|شباط/فبراير|آذار/مارس|نيسان/أبريل|أيار/مايو|حزيران/يونيه|تموز/يوليه|آب/أغسطس|أيلول/سبتمبر|تشرين الأول/أكتوبر|تشرين الثاني/نوفمبر|كانون الأول/ديسمبر) \\d{4})',
  },
  header: { session: '^الدورة ', agendaItem: '^البند \\d+ من جدول الأعمال' },
};
