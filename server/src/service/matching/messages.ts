import type { Messages } from '../i18n';

/** Messages of the agreed-language diagnostics. Quotes are “…” in both languages. */
export const matchingMessages = {
  exact: { zh: '与 {symbol} {label}一致', en: 'Agreed language: {symbol}, {label} ({year})' },
  exactNoYear: { zh: '与 {symbol} {label}一致', en: 'Agreed language: {symbol}, {label}' },
  near: { zh: '与 {symbol} {label}相近：{changes}', en: 'Deviates from agreed language ({symbol}, {label}, {year}): {changes}' },
  nearNoYear: { zh: '与 {symbol} {label}相近：{changes}', en: 'Deviates from agreed language ({symbol}, {label}): {changes}' },
  partial: { zh: '部分沿用 {symbol} {label}的措辞', en: 'Reuses agreed language from {symbol}, {label} ({year})' },
  partialNoYear: { zh: '部分沿用 {symbol} {label}的措辞', en: 'Reuses agreed language from {symbol}, {label}' },
  changed: { zh: '“{from}” → “{to}”', en: '“{from}” → “{to}”' },
  added: { zh: '新增“{to}”', en: 'added “{to}”' },
  removed: { zh: '删去“{from}”', en: 'dropped “{from}”' },
  verb: { zh: '引导动词不同：“{from}” → “{to}”', en: 'leading verb differs: “{from}” → “{to}”' },
  verbOnly: { zh: '正文一致', en: 'same body' },
  changeSeparator: { zh: '；', en: '; ' },
  more: { zh: '（另有 {count} 处来源）', en: ' (and {count} more {count:source|sources})' },
  moreChanges: { zh: '另有 {count} 处改动', en: 'and {count} more {count:change|changes}' },
} satisfies Messages;
