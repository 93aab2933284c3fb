/**
 * One line per rule: what it finds, one table per locale (SARIF descriptions, `--help`, the settings
 * schema, the README). Each rule's `docs.summary` is its entry here.
 */
import { messagesById, type MessageTable, type MessageTables } from '../i18n';

const en = {
  'paragraph-numbering': 'Operative paragraphs (and sub-paragraphs (a), (i), ㈠) are numbered from 1 with no gap, repeat or inversion',
  'paragraph-punctuation': 'A paragraph ends with the mark its place requires: preambular “,”, operative “;”, last “.”, chapeau “:”',
  'footnote-undefined': 'A footnote is referenced but has no footnote text',
  'footnote-unused': 'A footnote text is never referenced',
  'footnote-duplicate': 'Two footnote texts carry the same number',
  'footnote-order': 'Footnotes are first referenced in the order 1, 2, 3…',
  'reference-malformed': 'A document symbol or resolution citation cannot be parsed (e.g. A//80/62)',
  'reference-inconsistent': 'The date or title given for a cited resolution disagrees with the precedent texts',
  'agreed-language': 'The paragraph is agreed language from an earlier text (source given)',
  'agreed-language-deviation': 'The paragraph deviates from agreed language (words added, dropped or changed)',
  'input-problem': 'The text has a problem the parser cannot resolve (e.g. an unterminated <sup>)',
  'config-problem': 'The project configuration file has a mistake (invalid JSON, a wrong type, an unknown rule); the defaults are used for it',
  'unused-suppression': 'A suppression comment no longer suppresses anything and can be removed',
};

/** The rule codes (the registry checks that every rule has its line here). */
type Code = keyof typeof en;

const zh: MessageTable<Code> = {
  'paragraph-numbering': '执行段落（及其分段 (a)、(i)、㈠）的编号须从 1 起连续、不重复、不颠倒',
  'paragraph-punctuation': '段落须以其位置要求的标点结尾：序言段“，”、执行段“；”、最后一段“。”、引出分段的引语“：”',
  'footnote-undefined': '引用了脚注，但没有脚注正文',
  'footnote-unused': '有脚注正文，但正文中没有引用',
  'footnote-duplicate': '同一编号的脚注正文出现两次',
  'footnote-order': '脚注须按 1、2、3……的顺序首次引用',
  'reference-malformed': '文件编号或决议引用无法解析（如 A//80/62）',
  'reference-inconsistent': '所引决议的日期或标题与先例文本不一致',
  'agreed-language': '段落是先前文本中的商定语言（注明出处）',
  'agreed-language-deviation': '段落偏离了商定语言（增、删或改动了措辞）',
  'input-problem': '文本中有解析器无法处理的问题（如 <sup> 未闭合）',
  'config-problem': '项目配置文件有误（不是有效的 JSON、类型不对或检查代码未知），相关部分使用默认设置',
  'unused-suppression': '停用注释已不再停用任何问题，可以删除',
};

const fr: MessageTable<Code> = {
  'paragraph-numbering': 'Les paragraphes du dispositif (et leurs alinéas a), i), ㈠) sont numérotés à partir de 1, sans lacune, répétition ni inversion',
  'paragraph-punctuation':
    'Chaque paragraphe se termine par le signe que sa place exige\u00a0: «\u00a0,\u00a0» au préambule, «\u00a0;\u00a0» au dispositif, «\u00a0.\u00a0» au dernier, «\u00a0:\u00a0» avant des alinéas',
  'footnote-undefined': 'Une note est appelée mais n’a pas de texte',
  'footnote-unused': 'Le texte d’une note n’est jamais appelé',
  'footnote-duplicate': 'Deux textes de note portent le même numéro',
  'footnote-order': 'Les notes sont appelées pour la première fois dans l’ordre 1, 2, 3…',
  'reference-malformed': 'Une cote de document ou une référence à une résolution ne peut pas être analysée (par exemple A//80/62)',
  'reference-inconsistent': 'La date ou le titre d’une résolution citée ne concorde pas avec les textes de référence',
  'agreed-language': 'Le paragraphe reprend un libellé convenu d’un texte antérieur (source indiquée)',
  'agreed-language-deviation': 'Le paragraphe s’écarte d’un libellé convenu (mots ajoutés, supprimés ou modifiés)',
  'input-problem': 'Le texte présente un problème que l’analyseur ne peut pas résoudre (par exemple une balise <sup> non fermée)',
  'config-problem': 'Le fichier de configuration du projet contient une erreur (JSON non valide, type erroné, règle inconnue)\u00a0; les valeurs par défaut s’appliquent',
  'unused-suppression': 'Un commentaire de désactivation ne désactive plus rien et peut être supprimé',
};

const es: MessageTable<Code> = {
  'paragraph-numbering': 'Los párrafos de la parte dispositiva (y sus apartados a), i), ㈠) se numeran desde 1, sin saltos, repeticiones ni inversiones',
  'paragraph-punctuation': 'Cada párrafo termina con el signo que exige su lugar: “,” en el preámbulo, “;” en la parte dispositiva, “.” el último, “:” antes de apartados',
  'footnote-undefined': 'Se remite a una nota que no tiene texto',
  'footnote-unused': 'Nada remite al texto de una nota',
  'footnote-duplicate': 'Dos textos de nota llevan el mismo número',
  'footnote-order': 'Las notas se citan por primera vez en el orden 1, 2, 3…',
  'reference-malformed': 'No se puede analizar una signatura de documento o una referencia a una resolución (p. ej. A//80/62)',
  'reference-inconsistent': 'La fecha o el título de una resolución citada no coincide con los textos de referencia',
  'agreed-language': 'El párrafo es lenguaje convenido de un texto anterior (se indica la fuente)',
  'agreed-language-deviation': 'El párrafo se aparta del lenguaje convenido (palabras añadidas, suprimidas o cambiadas)',
  'input-problem': 'El texto tiene un problema que el analizador no puede resolver (p. ej. una etiqueta <sup> sin cerrar)',
  'config-problem': 'El archivo de configuración del proyecto tiene un error (JSON no válido, tipo incorrecto, regla desconocida); se usan los valores predeterminados',
  'unused-suppression': 'Un comentario de desactivación ya no desactiva nada y puede suprimirse',
};

const ru: MessageTable<Code> = {
  'paragraph-numbering': 'Пункты постановляющей части (и подпункты a), i), ㈠) нумеруются с 1 без пропусков, повторов и перестановок',
  'paragraph-punctuation': 'Пункт оканчивается знаком, которого требует его место: «,» в преамбуле, «;» в постановляющей части, «.» в последнем, «:» перед подпунктами',
  'footnote-undefined': 'Есть ссылка на сноску, но нет текста сноски',
  'footnote-unused': 'На текст сноски нет ссылок',
  'footnote-duplicate': 'Два текста сносок имеют один номер',
  'footnote-order': 'Первые ссылки на сноски идут по порядку: 1, 2, 3…',
  'reference-malformed': 'Условное обозначение документа или ссылку на резолюцию нельзя разобрать (например, A//80/62)',
  'reference-inconsistent': 'Дата или название упомянутой резолюции расходится с текстами-прецедентами',
  'agreed-language': 'Пункт повторяет согласованную формулировку из прежнего текста (источник указан)',
  'agreed-language-deviation': 'Пункт отступает от согласованной формулировки (слова добавлены, удалены или изменены)',
  'input-problem': 'В тексте есть проблема, которую анализатор не может разрешить (например, незакрытый <sup>)',
  'config-problem': 'В файле конфигурации проекта есть ошибка (недопустимый JSON, неверный тип, неизвестное правило); используются значения по умолчанию',
  'unused-suppression': 'Комментарий отключения больше ничего не отключает, его можно удалить',
};

const ar: MessageTable<Code> = {
  'paragraph-numbering': 'تُرقَّم فقرات المنطوق (وفقراتها الفرعية (أ) و(1) و㈠) بدءاً من 1 دون ثغرة أو تكرار أو قلب في الترتيب',
  'paragraph-punctuation': 'تنتهي الفقرة بالعلامة التي يقتضيها موضعها: “،” في الديباجة، و“؛” في المنطوق، و“.” في الفقرة الأخيرة، و“:” قبل الفقرات الفرعية',
  'footnote-undefined': 'توجد إشارة إلى حاشية ليس لها نص',
  'footnote-unused': 'لا توجد إشارة إلى نص حاشية',
  'footnote-duplicate': 'نصان لحاشيتين يحملان الرقم نفسه',
  'footnote-order': 'يُشار إلى الحواشي أول مرة بالترتيب 1، 2، 3…',
  'reference-malformed': 'يتعذر تحليل رمز وثيقة أو إحالة إلى قرار (مثل A//80/62)',
  'reference-inconsistent': 'تاريخ القرار المشار إليه أو عنوانه لا يتفق مع النصوص السابقة',
  'agreed-language': 'الفقرة صيغة متفق عليها من نص سابق (مع ذكر المصدر)',
  'agreed-language-deviation': 'الفقرة تحيد عن الصيغة المتفق عليها (كلمات أضيفت أو حُذفت أو غُيّرت)',
  'input-problem': 'في النص مشكلة لا يستطيع المحلل حلها (مثل وسم <sup> غير مغلق)',
  'config-problem': 'في ملف تهيئة المشروع خطأ (JSON غير صالح أو نوع خاطئ أو قاعدة غير معروفة)؛ تُستخدم القيم الافتراضية',
  'unused-suppression': 'تعليق التعطيل لم يعد يعطّل شيئاً ويمكن حذفه',
};

export const ruleSummaryMessageTables: MessageTables<Code> = { en, zh, fr, es, ru, ar };

export const ruleSummaries = messagesById(ruleSummaryMessageTables);
