/** Comments and warnings of the Word export (`exportPlan.ts`), one table per locale. `{source}` is a citation. */
import { format, messagesById, type Locale, type MessageTable, type MessageTables } from '../i18n';

const en = {
  exact: 'Agreed language: {source} (unchanged)',
  technical: 'Agreed language: {source}; technical update only (dates, sessions, symbols)',
  changed: 'Agreed language: {source}; {count} {count, plural, one {change} other {changes}}',
  partial: 'New language; reuses part of {source}',
  new: 'New language',
  notInPrecedent: 'New language (not in {source})',
  unplaced: 'line {line}: not recognised as part of the resolution; exported as a plain paragraph',
  noFootnote: 'footnote {n} is referenced but not defined; exported empty',
};

type Id = keyof typeof en;

const zh: MessageTable<Id> = {
  exact: '商定语文：{source}（未改动）',
  technical: '商定语文：{source}；仅技术性更新（日期、届会、文号）',
  changed: '商定语文：{source}；{count} 处改动',
  partial: '新措辞；部分沿用 {source}',
  new: '新措辞',
  notInPrecedent: '新措辞（{source} 中没有）',
  unplaced: '第 {line} 行：未识别为决议的组成部分，作为普通段落导出',
  noFootnote: '脚注 {n} 有引用但无内容，导出为空',
};

const fr: MessageTable<Id> = {
  exact: 'Libellé convenu\u00a0: {source} (inchangé)',
  technical: 'Libellé convenu\u00a0: {source}\u00a0; simple mise à jour technique (dates, sessions, cotes)',
  changed: 'Libellé convenu\u00a0: {source}\u00a0; {count, plural, one {# modification} many {# de modifications} other {# modifications}}',
  partial: 'Nouveau libellé\u00a0; reprend en partie {source}',
  new: 'Nouveau libellé',
  notInPrecedent: 'Nouveau libellé (absent de {source})',
  unplaced: 'ligne {line}\u00a0: non reconnue comme partie de la résolution\u00a0; exportée comme paragraphe simple',
  noFootnote: 'la note {n} est appelée mais n’a pas de texte\u00a0; exportée vide',
};

const es: MessageTable<Id> = {
  exact: 'Lenguaje convenido: {source} (sin cambios)',
  technical: 'Lenguaje convenido: {source}; solo actualización técnica (fechas, períodos de sesiones, signaturas)',
  changed: 'Lenguaje convenido: {source}; {count, plural, one {# cambio} many {# de cambios} other {# cambios}}',
  partial: 'Lenguaje nuevo; reutiliza parte de {source}',
  new: 'Lenguaje nuevo',
  notInPrecedent: 'Lenguaje nuevo (no figura en {source})',
  unplaced: 'línea {line}: no se reconoce como parte de la resolución; se exporta como párrafo simple',
  noFootnote: 'se remite a la nota {n}, pero no tiene texto; se exporta vacía',
};

const ru: MessageTable<Id> = {
  exact: 'Согласованная формулировка: {source} (без изменений)',
  technical: 'Согласованная формулировка: {source}; только техническое обновление (даты, сессии, условные обозначения)',
  changed: 'Согласованная формулировка: {source}; {count, plural, one {# изменение} few {# изменения} many {# изменений} other {# изменения}}',
  partial: 'Новая формулировка; частично повторяет {source}',
  new: 'Новая формулировка',
  notInPrecedent: 'Новая формулировка (нет в {source})',
  unplaced: 'строка {line}: не распознана как часть резолюции; экспортирована как обычный абзац',
  noFootnote: 'есть ссылка на сноску {n}, но нет её текста; экспортирована пустой',
};

const ar: MessageTable<Id> = {
  exact: 'صيغة متفق عليها: {source} (دون تغيير)',
  technical: 'صيغة متفق عليها: {source}؛ تحديث تقني فقط (التواريخ والدورات والرموز)',
  changed:
    'صيغة متفق عليها: {source}؛ {count, plural, zero {لا تغييرات} one {تغيير واحد} two {تغييران} few {# تغييرات} many {# تغييراً} other {# تغيير}}',
  partial: 'صيغة جديدة؛ تعيد استخدام جزء من {source}',
  new: 'صيغة جديدة',
  notInPrecedent: 'صيغة جديدة (غير موجودة في {source})',
  unplaced: 'السطر {line}: لم يُتعرف عليه بوصفه جزءاً من القرار؛ صُدّر فقرةً عادية',
  noFootnote: 'توجد إشارة إلى الحاشية {n} لكن ليس لها نص؛ صُدّرت فارغة',
};

export const exportMessageTables: MessageTables<Id> = { en, zh, fr, es, ru, ar };

const M = messagesById(exportMessageTables);

/** The export's comments and warnings in a locale. */
export function exportMessages(locale: Locale) {
  return {
    exact: (source: string) => format(locale, M.exact, { source }),
    technical: (source: string) => format(locale, M.technical, { source }),
    changed: (source: string, count: number) => format(locale, M.changed, { source, count }),
    partial: (source: string) => format(locale, M.partial, { source }),
    new: () => format(locale, M.new),
    notInPrecedent: (source: string) => format(locale, M.notInPrecedent, { source }),
    unplaced: (line: number) => format(locale, M.unplaced, { line }),
    noFootnote: (n: number) => format(locale, M.noFootnote, { n }),
  };
}
