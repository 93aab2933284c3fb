/** Messages of the agreed-language diagnostics, one table per locale. Quotes as each language's UN texts write them. */
import { messagesById, type MessageTable, type MessageTables } from '../i18n';

const en = {
  exact: 'Agreed language: {symbol}, {label} ({year})',
  exactNoYear: 'Agreed language: {symbol}, {label}',
  near: 'Deviates from agreed language ({symbol}, {label}, {year}): {changes}',
  nearNoYear: 'Deviates from agreed language ({symbol}, {label}): {changes}',
  partial: 'Reuses agreed language from {symbol}, {label} ({year})',
  partialNoYear: 'Reuses agreed language from {symbol}, {label}',
  changed: '“{from}” → “{to}”',
  added: 'added “{to}”',
  removed: 'dropped “{from}”',
  verb: 'leading verb differs: “{from}” → “{to}”',
  verbOnly: 'same body',
  changeSeparator: '; ',
  /** Between a partial-reuse message and the changes it lists. */
  changesIntro: ': ',
  more: ' (and {count} more {count, plural, one {source} other {sources}})',
  moreChanges: 'and {count} more {count, plural, one {change} other {changes}}',
};

type Id = keyof typeof en;

const zh: MessageTable<Id> = {
  exact: '与 {symbol} {label}一致',
  exactNoYear: '与 {symbol} {label}一致',
  near: '与 {symbol} {label}相近：{changes}',
  nearNoYear: '与 {symbol} {label}相近：{changes}',
  partial: '部分沿用 {symbol} {label}的措辞',
  partialNoYear: '部分沿用 {symbol} {label}的措辞',
  changed: '“{from}” → “{to}”',
  added: '新增“{to}”',
  removed: '删去“{from}”',
  verb: '引导动词不同：“{from}” → “{to}”',
  verbOnly: '正文一致',
  changeSeparator: '；',
  changesIntro: '：',
  more: '（另有 {count} 处来源）',
  moreChanges: '另有 {count} 处改动',
};

const fr: MessageTable<Id> = {
  exact: 'Libellé convenu\u00a0: {symbol}, {label} ({year})',
  exactNoYear: 'Libellé convenu\u00a0: {symbol}, {label}',
  near: 'S’écarte du libellé convenu ({symbol}, {label}, {year})\u00a0: {changes}',
  nearNoYear: 'S’écarte du libellé convenu ({symbol}, {label})\u00a0: {changes}',
  partial: 'Reprend un libellé convenu de {symbol}, {label} ({year})',
  partialNoYear: 'Reprend un libellé convenu de {symbol}, {label}',
  changed: '«\u00a0{from}\u00a0» → «\u00a0{to}\u00a0»',
  added: 'ajout de «\u00a0{to}\u00a0»',
  removed: 'suppression de «\u00a0{from}\u00a0»',
  verb: 'verbe introductif différent\u00a0: «\u00a0{from}\u00a0» → «\u00a0{to}\u00a0»',
  verbOnly: 'même texte',
  changeSeparator: '\u00a0; ',
  changesIntro: '\u00a0: ',
  more: ' (et {count, plural, one {# autre source} many {# d’autres sources} other {# autres sources}})',
  moreChanges: 'et {count, plural, one {# autre modification} many {# d’autres modifications} other {# autres modifications}}',
};

const es: MessageTable<Id> = {
  exact: 'Lenguaje convenido: {symbol}, {label} ({year})',
  exactNoYear: 'Lenguaje convenido: {symbol}, {label}',
  near: 'Se aparta del lenguaje convenido ({symbol}, {label}, {year}): {changes}',
  nearNoYear: 'Se aparta del lenguaje convenido ({symbol}, {label}): {changes}',
  partial: 'Reutiliza lenguaje convenido de {symbol}, {label} ({year})',
  partialNoYear: 'Reutiliza lenguaje convenido de {symbol}, {label}',
  changed: '“{from}” → “{to}”',
  added: 'se añade “{to}”',
  removed: 'se suprime “{from}”',
  verb: 'el verbo inicial difiere: “{from}” → “{to}”',
  verbOnly: 'mismo texto',
  changeSeparator: '; ',
  changesIntro: ': ',
  more: ' (y {count, plural, one {# fuente más} many {# de fuentes más} other {# fuentes más}})',
  moreChanges: 'y {count, plural, one {# cambio más} many {# de cambios más} other {# cambios más}}',
};

const ru: MessageTable<Id> = {
  exact: 'Согласованная формулировка: {symbol}, {label} ({year})',
  exactNoYear: 'Согласованная формулировка: {symbol}, {label}',
  near: 'Отступает от согласованной формулировки ({symbol}, {label}, {year}): {changes}',
  nearNoYear: 'Отступает от согласованной формулировки ({symbol}, {label}): {changes}',
  partial: 'Частично повторяет согласованную формулировку из {symbol}, {label} ({year})',
  partialNoYear: 'Частично повторяет согласованную формулировку из {symbol}, {label}',
  changed: '«{from}» → «{to}»',
  added: 'добавлено «{to}»',
  removed: 'удалено «{from}»',
  verb: 'другой вводный глагол: «{from}» → «{to}»',
  verbOnly: 'текст тот же',
  changeSeparator: '; ',
  changesIntro: ': ',
  more: ' (и ещё {count, plural, one {# источник} few {# источника} many {# источников} other {# источника}})',
  moreChanges: 'и ещё {count, plural, one {# изменение} few {# изменения} many {# изменений} other {# изменения}}',
};

const ar: MessageTable<Id> = {
  exact: 'صيغة متفق عليها: {symbol}، {label} ({year})',
  exactNoYear: 'صيغة متفق عليها: {symbol}، {label}',
  near: 'تحيد عن الصيغة المتفق عليها ({symbol}، {label}، {year}): {changes}',
  nearNoYear: 'تحيد عن الصيغة المتفق عليها ({symbol}، {label}): {changes}',
  partial: 'تعيد استخدام صيغة متفق عليها من {symbol}، {label} ({year})',
  partialNoYear: 'تعيد استخدام صيغة متفق عليها من {symbol}، {label}',
  changed: '“{from}” ← “{to}”',
  added: 'أضيف “{to}”',
  removed: 'حُذف “{from}”',
  verb: 'الفعل الاستهلالي مختلف: “{from}” ← “{to}”',
  verbOnly: 'النص نفسه',
  changeSeparator: '؛ ',
  changesIntro: ': ',
  more: ' (و{count, plural, zero {لا مصادر أخرى} one {مصدر آخر} two {مصدران آخران} few {# مصادر أخرى} many {# مصدراً آخر} other {# مصدر آخر}})',
  moreChanges: 'و{count, plural, zero {لا تغييرات أخرى} one {تغيير آخر} two {تغييران آخران} few {# تغييرات أخرى} many {# تغييراً آخر} other {# تغيير آخر}}',
};

export const matchingMessageTables: MessageTables<Id> = { en, zh, fr, es, ru, ar };

export const matchingMessages = messagesById(matchingMessageTables);
