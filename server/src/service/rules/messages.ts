/**
 * Messages of the rule machinery: suppression comments, the project configuration file and the
 * quick fix that marks a deviation as negotiated, one table per locale. The checks' own messages
 * stay in their tables.
 */
import { messagesById, type MessageTable, type MessageTables } from '../i18n';

const en = {
  unusedSuppression: 'This suppression comment suppresses nothing ({codes}); it can be removed',
  unusedSuppressionAll: 'all checks',
  unknownRuleInSuppression: '“{code}” in this suppression comment is not a rule code',
  enableWithoutDisable: 'This resolution-enable has no resolution-disable before it',
  markNegotiated: 'Mark this deviation as negotiated',
  negotiatedReason: 'negotiated: (give the reason)',
  configInvalidJson: 'The configuration file is not valid JSON ({reason}); the defaults are used',
  configNotObject: 'The configuration file should be a JSON object; the defaults are used',
  configUnknownKey: 'Unknown setting “{key}”; ignored',
  configUnknownRule: 'Unknown rule code “{code}”; ignored',
  configWrongType: '“{key}” should be {expected}; the default is used',
  configUntrustedCorpus: 'The workspace is not trusted: the corpus folders of this configuration file are not read',
  /** The CLI's warning line for a mistake in a configuration file. */
  configWarning: 'configuration {path}:{line}:{column}: {message}',
  expectedSeverity: 'one of error, warning, information, hint or off',
  expectedBoolean: 'true or false',
  expectedNumber: 'a number from {min} to {max}',
  expectedStringList: 'an array of strings',
  expectedLocale: 'one of “zh”, “en”, “fr”, “es”, “ru” or “ar”',
  expectedObject: 'an object',
};

type Id = keyof typeof en;

const zh: MessageTable<Id> = {
  unusedSuppression: '此停用注释没有停用任何问题（{codes}），可以删除',
  unusedSuppressionAll: '所有检查',
  unknownRuleInSuppression: '停用注释中的“{code}”不是检查代码',
  enableWithoutDisable: '此 resolution-enable 之前没有对应的 resolution-disable',
  markNegotiated: '标为已协商的偏离（停用下一行的此项提示）',
  negotiatedReason: '已协商：（填写理由）',
  configInvalidJson: '配置文件不是有效的 JSON（{reason}），全部使用默认设置',
  configNotObject: '配置文件应是一个 JSON 对象，全部使用默认设置',
  configUnknownKey: '未知的配置项“{key}”，已忽略',
  configUnknownRule: '未知的检查代码“{code}”，已忽略',
  configWrongType: '“{key}”应为{expected}，已使用默认值',
  configUntrustedCorpus: '工作区不受信任：配置文件中的语料库文件夹未被读取',
  configWarning: '配置文件 {path}:{line}:{column}：{message}',
  expectedSeverity: 'error、warning、information、hint 或 off 之一',
  expectedBoolean: 'true 或 false',
  expectedNumber: '{min} 至 {max} 之间的数',
  expectedStringList: '字符串数组',
  expectedLocale: '“zh”“en”“fr”“es”“ru”“ar”之一',
  expectedObject: '对象',
};

const fr: MessageTable<Id> = {
  unusedSuppression: 'Ce commentaire de désactivation ne désactive rien ({codes})\u00a0; il peut être supprimé',
  unusedSuppressionAll: 'toutes les vérifications',
  unknownRuleInSuppression: '«\u00a0{code}\u00a0» dans ce commentaire de désactivation n’est pas un code de règle',
  enableWithoutDisable: 'Ce resolution-enable n’est précédé d’aucun resolution-disable',
  markNegotiated: 'Marquer cet écart comme négocié',
  negotiatedReason: 'négocié\u00a0: (indiquer la raison)',
  configInvalidJson: 'Le fichier de configuration n’est pas du JSON valide ({reason})\u00a0; les valeurs par défaut s’appliquent',
  configNotObject: 'Le fichier de configuration doit être un objet JSON\u00a0; les valeurs par défaut s’appliquent',
  configUnknownKey: 'Paramètre inconnu «\u00a0{key}\u00a0»\u00a0; ignoré',
  configUnknownRule: 'Code de règle inconnu «\u00a0{code}\u00a0»\u00a0; ignoré',
  configWrongType: '«\u00a0{key}\u00a0» doit être {expected}\u00a0; la valeur par défaut s’applique',
  configUntrustedCorpus: 'L’espace de travail n’est pas approuvé\u00a0: les dossiers de corpus de ce fichier de configuration ne sont pas lus',
  configWarning: 'configuration {path}:{line}:{column}\u00a0: {message}',
  expectedSeverity: 'l’une des valeurs error, warning, information, hint ou off',
  expectedBoolean: 'true ou false',
  expectedNumber: 'un nombre de {min} à {max}',
  expectedStringList: 'un tableau de chaînes',
  expectedLocale: 'l’une des valeurs «\u00a0zh\u00a0», «\u00a0en\u00a0», «\u00a0fr\u00a0», «\u00a0es\u00a0», «\u00a0ru\u00a0» ou «\u00a0ar\u00a0»',
  expectedObject: 'un objet',
};

const es: MessageTable<Id> = {
  unusedSuppression: 'Este comentario de desactivación no desactiva nada ({codes}); puede suprimirse',
  unusedSuppressionAll: 'todas las comprobaciones',
  unknownRuleInSuppression: '“{code}” en este comentario de desactivación no es un código de regla',
  enableWithoutDisable: 'Este resolution-enable no tiene ningún resolution-disable antes',
  markNegotiated: 'Marcar esta desviación como negociada',
  negotiatedReason: 'negociado: (indique el motivo)',
  configInvalidJson: 'El archivo de configuración no es JSON válido ({reason}); se usan los valores predeterminados',
  configNotObject: 'El archivo de configuración debe ser un objeto JSON; se usan los valores predeterminados',
  configUnknownKey: 'Parámetro desconocido “{key}”; se omite',
  configUnknownRule: 'Código de regla desconocido “{code}”; se omite',
  configWrongType: '“{key}” debe ser {expected}; se usa el valor predeterminado',
  configUntrustedCorpus: 'El área de trabajo no es de confianza: no se leen las carpetas de corpus de este archivo de configuración',
  configWarning: 'configuración {path}:{line}:{column}: {message}',
  expectedSeverity: 'uno de error, warning, information, hint u off',
  expectedBoolean: 'true o false',
  expectedNumber: 'un número de {min} a {max}',
  expectedStringList: 'una matriz de cadenas',
  expectedLocale: 'uno de “zh”, “en”, “fr”, “es”, “ru” o “ar”',
  expectedObject: 'un objeto',
};

const ru: MessageTable<Id> = {
  unusedSuppression: 'Этот комментарий отключения ничего не отключает ({codes}); его можно удалить',
  unusedSuppressionAll: 'все проверки',
  unknownRuleInSuppression: '«{code}» в этом комментарии отключения не является кодом правила',
  enableWithoutDisable: 'Перед этим resolution-enable нет resolution-disable',
  markNegotiated: 'Отметить это отступление как согласованное',
  negotiatedReason: 'согласовано: (укажите причину)',
  configInvalidJson: 'Файл конфигурации не является допустимым JSON ({reason}); используются значения по умолчанию',
  configNotObject: 'Файл конфигурации должен быть объектом JSON; используются значения по умолчанию',
  configUnknownKey: 'Неизвестный параметр «{key}»; пропущен',
  configUnknownRule: 'Неизвестный код правила «{code}»; пропущен',
  configWrongType: '«{key}» должен быть {expected}; используется значение по умолчанию',
  configUntrustedCorpus: 'Рабочая область не является доверенной: папки корпуса из этого файла конфигурации не читаются',
  configWarning: 'конфигурация {path}:{line}:{column}: {message}',
  expectedSeverity: 'одно из значений error, warning, information, hint или off',
  expectedBoolean: 'true или false',
  expectedNumber: 'числом от {min} до {max}',
  expectedStringList: 'массивом строк',
  expectedLocale: 'одним из значений «zh», «en», «fr», «es», «ru» или «ar»',
  expectedObject: 'объектом',
};

const ar: MessageTable<Id> = {
  unusedSuppression: 'تعليق التعطيل هذا لا يعطّل شيئاً ({codes})؛ يمكن حذفه',
  unusedSuppressionAll: 'جميع عمليات التحقق',
  unknownRuleInSuppression: '“{code}” في تعليق التعطيل هذا ليس رمز قاعدة',
  enableWithoutDisable: 'لا يسبق resolution-enable هذا أي resolution-disable',
  markNegotiated: 'وسم هذا الانحراف بأنه متفاوض عليه',
  negotiatedReason: 'متفاوض عليه: (اذكر السبب)',
  configInvalidJson: 'ملف التهيئة ليس JSON صالحاً ({reason})؛ تُستخدم القيم الافتراضية',
  configNotObject: 'يجب أن يكون ملف التهيئة كائن JSON؛ تُستخدم القيم الافتراضية',
  configUnknownKey: 'إعداد غير معروف “{key}”؛ تم تجاهله',
  configUnknownRule: 'رمز قاعدة غير معروف “{code}”؛ تم تجاهله',
  configWrongType: 'يجب أن يكون “{key}” {expected}؛ تُستخدم القيمة الافتراضية',
  configUntrustedCorpus: 'مساحة العمل غير موثوق بها: لا تُقرأ مجلدات المدونة الواردة في ملف التهيئة هذا',
  configWarning: 'التهيئة {path}:{line}:{column}: {message}',
  expectedSeverity: 'إحدى القيم error أو warning أو information أو hint أو off',
  expectedBoolean: 'true أو false',
  expectedNumber: 'عدداً من {min} إلى {max}',
  expectedStringList: 'مصفوفة من السلاسل',
  expectedLocale: 'إحدى القيم “zh” أو “en” أو “fr” أو “es” أو “ru” أو “ar”',
  expectedObject: 'كائناً',
};

export const ruleMachineryMessageTables: MessageTables<Id> = { en, zh, fr, es, ru, ar };

export const ruleMessages = messagesById(ruleMachineryMessageTables);
