/**
 * Messages of the reference checks, one table per locale (English names the ids). `{kind}` is
 * `kind-resolution`/`kind-decision` in the same locale, `{Kind}` the same with a capital; the
 * examples keep the symbols as every language writes them (`A/80/62`, `70/1`).
 */
import { messagesById, type MessageTable, type MessageTables } from '../i18n';

const en = {
  // ── malformed document symbols ({raw}: the symbol as written; {where}: see `where*` below)
  'symbol-empty-component':
    'Malformed document symbol “{raw}”: {where}component {component} is empty; components are separated by a single “/”, e.g. “A/80/62”',
  'symbol-trailing-slash':
    'Malformed document symbol “{raw}”: {where}it ends with “/” and the last component is missing; expected a complete symbol such as “A/RES/80/118”',
  'symbol-missing-number': 'Malformed document symbol “{raw}”: {where}it has no session or number; expected a form such as “A/RES/80/118” or “E/2025/31”',
  'symbol-bad-component':
    'Malformed document symbol “{raw}”: {where}component {component} “{text}” is not valid; expected letters, digits or forms such as “C.2” or “L.12”',
  'symbol-empty-part': 'Malformed document symbol “{raw}”: part {part} of the joint symbol is empty or not a symbol; expected a form such as “A/80/62-E/2025/12”',
  'where-part': 'in part {part} of the joint symbol, ',

  // ── malformed resolution/decision citations ({raw}: the citation; {number}: the number as written; {kind})
  'number-first-empty': 'Malformed {kind} number “{number}” (in “{raw}”): nothing before “/”; expected session/number, e.g. “{kind} 70/1”',
  'number-second-empty': 'Malformed {kind} number “{number}” (in “{raw}”): nothing after “/”; expected session/number, e.g. “{kind} 70/1”',
  'number-empty': 'Malformed {kind} number “{number}” (in “{raw}”): only “/”; expected session/number, e.g. “{kind} 70/1”',
  'number-extra-component': 'Malformed {kind} number “{number}” (in “{raw}”): too many components; expected session/number, e.g. “{kind} 70/1”',
  'number-missing': '“{raw}” has no {kind} number; expected e.g. “{kind} 70/1”',
  'date-invalid': 'The date “{number}” in “{raw}” does not exist',

  // ── inconsistent with the precedent texts
  'inconsistent-date': '{Kind} {number} is dated {given}, but the precedent texts give {expected} ({sources})',
  'inconsistent-date-mixed': '{Kind} {number} is dated {given}, but most precedent texts give {expected} ({sources})',
  'inconsistent-title': '{Kind} {number} is cited with the title “{given}”, but the precedent texts give “{expected}” ({sources})',
  'sources-more': '{list} and others',
  /** Joins the precedent symbols in `{sources}`. */
  'sources-separator': ', ',

  'kind-resolution': 'resolution',
  'kind-decision': 'decision',
  'Kind-resolution': 'Resolution',
  'Kind-decision': 'Decision',
};

export type ReferenceMessageKey = keyof typeof en;

const zh: MessageTable<ReferenceMessageKey> = {
  'symbol-empty-component': '文号“{raw}”无法解析：{where}第 {component} 个组成部分为空；各组成部分之间应只有一个“/”，如“A/80/62”',
  'symbol-trailing-slash': '文号“{raw}”无法解析：{where}以“/”结尾，缺少最后一个组成部分；应为“A/RES/80/118”这样的完整文号',
  'symbol-missing-number': '文号“{raw}”无法解析：{where}缺少届次或编号；应为“A/RES/80/118”“E/2025/31”这样的形式',
  'symbol-bad-component': '文号“{raw}”无法解析：{where}第 {component} 个组成部分“{text}”不是有效的组成部分；应为字母、数字或“C.2”“L.12”这样的形式',
  'symbol-empty-part': '文号“{raw}”无法解析：联合文号的第 {part} 部分为空或不是文号；应为“A/80/62-E/2025/12”这样的形式',
  'where-part': '联合文号的第 {part} 部分',
  'number-first-empty': '{kind}编号“{number}”无法解析（见“{raw}”）：“/”前缺少届次或年份；应为“第 70/1 号{kind}”这样的“届次/编号”形式',
  'number-second-empty': '{kind}编号“{number}”无法解析（见“{raw}”）：“/”后缺少编号；应为“第 70/1 号{kind}”这样的“届次/编号”形式',
  'number-empty': '{kind}编号“{number}”无法解析（见“{raw}”）：只有“/”；应为“第 70/1 号{kind}”这样的“届次/编号”形式',
  'number-extra-component': '{kind}编号“{number}”无法解析（见“{raw}”）：组成部分过多；应为“第 70/1 号{kind}”这样的“届次/编号”形式',
  'number-missing': '“{raw}”缺少{kind}编号；应为“第 70/1 号{kind}”这样的形式',
  'date-invalid': '“{raw}”中的日期“{number}”不存在',
  'inconsistent-date': '第 {number} 号{kind}的日期为 {given}，但先例文本均为 {expected}（{sources}）',
  'inconsistent-date-mixed': '第 {number} 号{kind}的日期为 {given}，但多数先例文本为 {expected}（{sources}）',
  'inconsistent-title': '第 {number} 号{kind}的标题为“{given}”，但先例文本为“{expected}”（{sources}）',
  'sources-more': '{list} 等',
  'sources-separator': '、',
  'kind-resolution': '决议',
  'kind-decision': '决定',
  'Kind-resolution': '决议',
  'Kind-decision': '决定',
};

const fr: MessageTable<ReferenceMessageKey> = {
  'symbol-empty-component':
    'Cote de document invalide «\u00a0{raw}\u00a0»\u00a0: {where}l’élément {component} est vide\u00a0; les éléments sont séparés par une seule «\u00a0/\u00a0», par exemple «\u00a0A/80/62\u00a0»',
  'symbol-trailing-slash':
    'Cote de document invalide «\u00a0{raw}\u00a0»\u00a0: {where}elle se termine par «\u00a0/\u00a0» et le dernier élément manque\u00a0; une cote complète est attendue, par exemple «\u00a0A/RES/80/118\u00a0»',
  'symbol-missing-number':
    'Cote de document invalide «\u00a0{raw}\u00a0»\u00a0: {where}il manque la session ou le numéro\u00a0; une forme comme «\u00a0A/RES/80/118\u00a0» ou «\u00a0E/2025/31\u00a0» est attendue',
  'symbol-bad-component':
    'Cote de document invalide «\u00a0{raw}\u00a0»\u00a0: {where}l’élément {component} «\u00a0{text}\u00a0» n’est pas valable\u00a0; des lettres, des chiffres ou des formes comme «\u00a0C.2\u00a0» ou «\u00a0L.12\u00a0» sont attendus',
  'symbol-empty-part':
    'Cote de document invalide «\u00a0{raw}\u00a0»\u00a0: la partie {part} de la cote conjointe est vide ou n’est pas une cote\u00a0; une forme comme «\u00a0A/80/62-E/2025/12\u00a0» est attendue',
  'where-part': 'dans la partie {part} de la cote conjointe, ',
  'number-first-empty':
    'Numéro de {kind} invalide «\u00a0{number}\u00a0» (dans «\u00a0{raw}\u00a0»)\u00a0: rien avant «\u00a0/\u00a0»\u00a0; la forme session/numéro est attendue, par exemple «\u00a0{kind} 70/1\u00a0»',
  'number-second-empty':
    'Numéro de {kind} invalide «\u00a0{number}\u00a0» (dans «\u00a0{raw}\u00a0»)\u00a0: rien après «\u00a0/\u00a0»\u00a0; la forme session/numéro est attendue, par exemple «\u00a0{kind} 70/1\u00a0»',
  'number-empty':
    'Numéro de {kind} invalide «\u00a0{number}\u00a0» (dans «\u00a0{raw}\u00a0»)\u00a0: seulement «\u00a0/\u00a0»\u00a0; la forme session/numéro est attendue, par exemple «\u00a0{kind} 70/1\u00a0»',
  'number-extra-component':
    'Numéro de {kind} invalide «\u00a0{number}\u00a0» (dans «\u00a0{raw}\u00a0»)\u00a0: trop d’éléments\u00a0; la forme session/numéro est attendue, par exemple «\u00a0{kind} 70/1\u00a0»',
  'number-missing': '«\u00a0{raw}\u00a0» n’a pas de numéro de {kind}\u00a0; une forme comme «\u00a0{kind} 70/1\u00a0» est attendue',
  'date-invalid': 'La date «\u00a0{number}\u00a0» dans «\u00a0{raw}\u00a0» n’existe pas',
  'inconsistent-date': '{Kind} {number}\u00a0: la date indiquée est {given}, mais les textes de référence donnent {expected} ({sources})',
  'inconsistent-date-mixed': '{Kind} {number}\u00a0: la date indiquée est {given}, mais la plupart des textes de référence donnent {expected} ({sources})',
  'inconsistent-title': '{Kind} {number}\u00a0: le titre cité est «\u00a0{given}\u00a0», mais les textes de référence donnent «\u00a0{expected}\u00a0» ({sources})',
  'sources-more': '{list} et autres',
  'sources-separator': ', ',
  'kind-resolution': 'résolution',
  'kind-decision': 'décision',
  'Kind-resolution': 'Résolution',
  'Kind-decision': 'Décision',
};

const es: MessageTable<ReferenceMessageKey> = {
  'symbol-empty-component':
    'Signatura de documento incorrecta “{raw}”: {where}el componente {component} está vacío; los componentes se separan con una sola “/”, p. ej. “A/80/62”',
  'symbol-trailing-slash':
    'Signatura de documento incorrecta “{raw}”: {where}termina en “/” y falta el último componente; se esperaba una signatura completa, como “A/RES/80/118”',
  'symbol-missing-number': 'Signatura de documento incorrecta “{raw}”: {where}falta el período de sesiones o el número; se esperaba una forma como “A/RES/80/118” o “E/2025/31”',
  'symbol-bad-component':
    'Signatura de documento incorrecta “{raw}”: {where}el componente {component} “{text}” no es válido; se esperaban letras, cifras o formas como “C.2” o “L.12”',
  'symbol-empty-part': 'Signatura de documento incorrecta “{raw}”: la parte {part} de la signatura conjunta está vacía o no es una signatura; se esperaba una forma como “A/80/62-E/2025/12”',
  'where-part': 'en la parte {part} de la signatura conjunta, ',
  'number-first-empty': 'Número de {kind} incorrecto “{number}” (en “{raw}”): no hay nada antes de “/”; se esperaba período de sesiones/número, p. ej. “{kind} 70/1”',
  'number-second-empty': 'Número de {kind} incorrecto “{number}” (en “{raw}”): no hay nada después de “/”; se esperaba período de sesiones/número, p. ej. “{kind} 70/1”',
  'number-empty': 'Número de {kind} incorrecto “{number}” (en “{raw}”): solo hay “/”; se esperaba período de sesiones/número, p. ej. “{kind} 70/1”',
  'number-extra-component': 'Número de {kind} incorrecto “{number}” (en “{raw}”): demasiados componentes; se esperaba período de sesiones/número, p. ej. “{kind} 70/1”',
  'number-missing': '“{raw}” no tiene número de {kind}; se esperaba p. ej. “{kind} 70/1”',
  'date-invalid': 'La fecha “{number}” de “{raw}” no existe',
  'inconsistent-date': '{Kind} {number}: se indica la fecha {given}, pero los textos de referencia dan {expected} ({sources})',
  'inconsistent-date-mixed': '{Kind} {number}: se indica la fecha {given}, pero la mayoría de los textos de referencia dan {expected} ({sources})',
  'inconsistent-title': '{Kind} {number}: se cita con el título “{given}”, pero los textos de referencia dan “{expected}” ({sources})',
  'sources-more': '{list} y otros',
  'sources-separator': ', ',
  'kind-resolution': 'resolución',
  'kind-decision': 'decisión',
  'Kind-resolution': 'Resolución',
  'Kind-decision': 'Decisión',
};

const ru: MessageTable<ReferenceMessageKey> = {
  'symbol-empty-component':
    'Неверное условное обозначение документа «{raw}»: {where}элемент {component} пуст; элементы разделяются одной косой чертой «/», например «A/80/62»',
  'symbol-trailing-slash':
    'Неверное условное обозначение документа «{raw}»: {where}оно оканчивается на «/», последнего элемента нет; ожидается полное обозначение, например «A/RES/80/118»',
  'symbol-missing-number': 'Неверное условное обозначение документа «{raw}»: {where}нет номера сессии или документа; ожидается форма «A/RES/80/118» или «E/2025/31»',
  'symbol-bad-component':
    'Неверное условное обозначение документа «{raw}»: {where}элемент {component} «{text}» недопустим; ожидаются буквы, цифры или формы вроде «C.2» или «L.12»',
  'symbol-empty-part': 'Неверное условное обозначение документа «{raw}»: часть {part} совместного обозначения пуста или не является обозначением; ожидается форма «A/80/62-E/2025/12»',
  'where-part': 'в части {part} совместного обозначения ',
  'number-first-empty': 'Неверный номер ({kind}) «{number}» (в «{raw}»): перед «/» ничего нет; ожидается сессия/номер, например «{kind} 70/1»',
  'number-second-empty': 'Неверный номер ({kind}) «{number}» (в «{raw}»): после «/» ничего нет; ожидается сессия/номер, например «{kind} 70/1»',
  'number-empty': 'Неверный номер ({kind}) «{number}» (в «{raw}»): только «/»; ожидается сессия/номер, например «{kind} 70/1»',
  'number-extra-component': 'Неверный номер ({kind}) «{number}» (в «{raw}»): слишком много элементов; ожидается сессия/номер, например «{kind} 70/1»',
  'number-missing': 'В «{raw}» нет номера ({kind}); ожидается, например, «{kind} 70/1»',
  'date-invalid': 'Даты «{number}» в «{raw}» не существует',
  'inconsistent-date': '{Kind} {number}: указана дата {given}, но в текстах-прецедентах — {expected} ({sources})',
  'inconsistent-date-mixed': '{Kind} {number}: указана дата {given}, но в большинстве текстов-прецедентов — {expected} ({sources})',
  'inconsistent-title': '{Kind} {number}: приведено название «{given}», но в текстах-прецедентах — «{expected}» ({sources})',
  'sources-more': '{list} и др.',
  'sources-separator': ', ',
  'kind-resolution': 'резолюция',
  'kind-decision': 'решение',
  'Kind-resolution': 'Резолюция',
  'Kind-decision': 'Решение',
};

const ar: MessageTable<ReferenceMessageKey> = {
  'symbol-empty-component': 'رمز الوثيقة “{raw}” غير سليم: {where}العنصر {component} فارغ؛ يُفصل بين العناصر بشرطة مائلة واحدة “/”، مثل “A/80/62”',
  'symbol-trailing-slash': 'رمز الوثيقة “{raw}” غير سليم: {where}ينتهي بـ“/” والعنصر الأخير ناقص؛ المتوقع رمز كامل مثل “A/RES/80/118”',
  'symbol-missing-number': 'رمز الوثيقة “{raw}” غير سليم: {where}لا يتضمن الدورة أو الرقم؛ المتوقع صيغة مثل “A/RES/80/118” أو “E/2025/31”',
  'symbol-bad-component': 'رمز الوثيقة “{raw}” غير سليم: {where}العنصر {component} “{text}” غير صالح؛ المتوقع حروف أو أرقام أو صيغ مثل “C.2” أو “L.12”',
  'symbol-empty-part': 'رمز الوثيقة “{raw}” غير سليم: الجزء {part} من الرمز المشترك فارغ أو ليس رمزاً؛ المتوقع صيغة مثل “A/80/62-E/2025/12”',
  'where-part': 'في الجزء {part} من الرمز المشترك، ',
  'number-first-empty': 'رقم {kind} “{number}” غير سليم (في “{raw}”): لا شيء قبل “/”؛ المتوقع الدورة/الرقم، مثل “{kind} 70/1”',
  'number-second-empty': 'رقم {kind} “{number}” غير سليم (في “{raw}”): لا شيء بعد “/”؛ المتوقع الدورة/الرقم، مثل “{kind} 70/1”',
  'number-empty': 'رقم {kind} “{number}” غير سليم (في “{raw}”): لا يوجد سوى “/”؛ المتوقع الدورة/الرقم، مثل “{kind} 70/1”',
  'number-extra-component': 'رقم {kind} “{number}” غير سليم (في “{raw}”): عناصر أكثر من اللازم؛ المتوقع الدورة/الرقم، مثل “{kind} 70/1”',
  'number-missing': 'لا يتضمن “{raw}” رقم {kind}؛ المتوقع مثلاً “{kind} 70/1”',
  'date-invalid': 'التاريخ “{number}” الوارد في “{raw}” غير موجود',
  'inconsistent-date': '{kind} {number} مؤرخ {given}، لكن النصوص السابقة تذكر {expected} ({sources})',
  'inconsistent-date-mixed': '{kind} {number} مؤرخ {given}، لكن معظم النصوص السابقة تذكر {expected} ({sources})',
  'inconsistent-title': '{kind} {number} مذكور بالعنوان “{given}”، لكن النصوص السابقة تذكر “{expected}” ({sources})',
  'sources-more': '{list} وغيرها',
  'sources-separator': '، ',
  'kind-resolution': 'القرار',
  'kind-decision': 'المقرر',
  'Kind-resolution': 'القرار',
  'Kind-decision': 'المقرر',
};

export const referenceMessageTables: MessageTables<ReferenceMessageKey> = { en, zh, fr, es, ru, ar };

export const referenceMessages = messagesById(referenceMessageTables);
