/** Messages of the reference checks, Chinese and English. Placeholders: `{name}`. */
import type { Messages } from '../i18n';

export const referenceMessages = {
  // ── malformed document symbols ({raw}: the symbol as written; {where}: see `where*` below)
  'symbol-empty-component': {
    zh: '文号“{raw}”无法解析：{where}第 {component} 个组成部分为空；各组成部分之间应只有一个“/”，如“A/80/62”',
    en: 'Malformed document symbol “{raw}”: {where}component {component} is empty; components are separated by a single “/”, e.g. “A/80/62”',
  },
  'symbol-trailing-slash': {
    zh: '文号“{raw}”无法解析：{where}以“/”结尾，缺少最后一个组成部分；应为“A/RES/80/118”这样的完整文号',
    en: 'Malformed document symbol “{raw}”: {where}it ends with “/” and the last component is missing; expected a complete symbol such as “A/RES/80/118”',
  },
  'symbol-missing-number': {
    zh: '文号“{raw}”无法解析：{where}缺少届次或编号；应为“A/RES/80/118”“E/2025/31”这样的形式',
    en: 'Malformed document symbol “{raw}”: {where}it has no session or number; expected a form such as “A/RES/80/118” or “E/2025/31”',
  },
  'symbol-bad-component': {
    zh: '文号“{raw}”无法解析：{where}第 {component} 个组成部分“{text}”不是有效的组成部分；应为字母、数字或“C.2”“L.12”这样的形式',
    en: 'Malformed document symbol “{raw}”: {where}component {component} “{text}” is not valid; expected letters, digits or forms such as “C.2” or “L.12”',
  },
  'symbol-empty-part': {
    zh: '文号“{raw}”无法解析：联合文号的第 {part} 部分为空或不是文号；应为“A/80/62-E/2025/12”这样的形式',
    en: 'Malformed document symbol “{raw}”: part {part} of the joint symbol is empty or not a symbol; expected a form such as “A/80/62-E/2025/12”',
  },
  'where-part': { zh: '联合文号的第 {part} 部分', en: 'in part {part} of the joint symbol, ' },

  // ── malformed resolution/decision citations ({raw}: the citation; {number}: the number as written; {kind})
  'number-first-empty': {
    zh: '{kind}编号“{number}”无法解析（见“{raw}”）：“/”前缺少届次或年份；应为“第 70/1 号{kind}”这样的“届次/编号”形式',
    en: 'Malformed {kind} number “{number}” (in “{raw}”): nothing before “/”; expected session/number, e.g. “{kind} 70/1”',
  },
  'number-second-empty': {
    zh: '{kind}编号“{number}”无法解析（见“{raw}”）：“/”后缺少编号；应为“第 70/1 号{kind}”这样的“届次/编号”形式',
    en: 'Malformed {kind} number “{number}” (in “{raw}”): nothing after “/”; expected session/number, e.g. “{kind} 70/1”',
  },
  'number-empty': {
    zh: '{kind}编号“{number}”无法解析（见“{raw}”）：只有“/”；应为“第 70/1 号{kind}”这样的“届次/编号”形式',
    en: 'Malformed {kind} number “{number}” (in “{raw}”): only “/”; expected session/number, e.g. “{kind} 70/1”',
  },
  'number-extra-component': {
    zh: '{kind}编号“{number}”无法解析（见“{raw}”）：组成部分过多；应为“第 70/1 号{kind}”这样的“届次/编号”形式',
    en: 'Malformed {kind} number “{number}” (in “{raw}”): too many components; expected session/number, e.g. “{kind} 70/1”',
  },
  'number-missing': {
    zh: '“{raw}”缺少{kind}编号；应为“第 70/1 号{kind}”这样的形式',
    en: '“{raw}” has no {kind} number; expected e.g. “{kind} 70/1”',
  },
  'date-invalid': {
    zh: '“{raw}”中的日期“{number}”不存在',
    en: 'The date “{number}” in “{raw}” does not exist',
  },

  // ── inconsistent with the precedent texts
  'inconsistent-date': {
    zh: '第 {number} 号{kind}的日期为 {given}，但先例文本均为 {expected}（{sources}）',
    en: '{Kind} {number} is dated {given}, but the precedent texts give {expected} ({sources})',
  },
  'inconsistent-date-mixed': {
    zh: '第 {number} 号{kind}的日期为 {given}，但多数先例文本为 {expected}（{sources}）',
    en: '{Kind} {number} is dated {given}, but most precedent texts give {expected} ({sources})',
  },
  'inconsistent-title': {
    zh: '第 {number} 号{kind}的标题为“{given}”，但先例文本为“{expected}”（{sources}）',
    en: '{Kind} {number} is cited with the title “{given}”, but the precedent texts give “{expected}” ({sources})',
  },
  'sources-more': { zh: '{list} 等', en: '{list} and others' },

  'kind-resolution': { zh: '决议', en: 'resolution' },
  'kind-decision': { zh: '决定', en: 'decision' },
  'Kind-resolution': { zh: '决议', en: 'Resolution' },
  'Kind-decision': { zh: '决定', en: 'Decision' },
} satisfies Messages;

export type ReferenceMessageKey = keyof typeof referenceMessages;
