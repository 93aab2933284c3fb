/** Messages of the `resolution-lint` command, one table per locale (English names the ids). */
import { messagesById, type MessageTable, type MessageTables } from '../service/i18n';

const en = {
  usage: `Usage: resolution-lint [options] FILE...

Checks draft UN resolutions: paragraph numbering, closing punctuation,
footnotes, document references and agreed language.
Every FILE is checked as a resolution whatever its extension; "-" reads standard input.

Options:
  --corpus PATH          add prior texts (a file or a folder); repeatable
  --no-default-corpus    leave out the built-in precedent texts (seeds)
  --cache-dir PATH       where the precedent index is kept between runs (default
                         $XDG_CACHE_HOME/resolution-lint or ~/.cache/resolution-lint);
                         an unchanged corpus is read from it, a changed file re-indexed alone
  --no-cache             neither read nor write the precedent index
  --corpus-max-files N   read at most N files from the corpus folders (default 10000)
  --corpus-max-mb N      read at most N megabytes of corpus files in all (default 256)
  --format text|json|sarif
                         output format (default: text)
  --locale zh|en|fr|es|ru|ar
                         message language (default: from LC_ALL, LC_MESSAGES, LANG)
  -h, --help             show this help
  --version              show the version

Exit status: 0 no errors; 1 errors found; 2 bad usage, unreadable input,
unwritable output, a failed check or a failure of the tool itself.
`,
  unknownOption: 'unknown option: {option}',
  missingValue: 'option {option} needs a value',
  badFormat: 'unknown format "{value}": use text, json or sarif',
  badLocale: 'unknown locale "{value}": use zh, en, fr, es, ru or ar',
  noFiles: 'no files to check',
  seeHelp: 'run resolution-lint --help for usage',
  notFound: '{path}: no such file',
  isDirectory: '{path}: is a folder, not a file (use --corpus for a folder of prior texts)',
  unreadable: '{path}: cannot be read ({reason})',
  inputWarning: '{path}: {warning}',
  page: 'p. {page}',
  documentProblem: 'read with a problem: {detail}',
  documentNoText: 'no text could be read ({detail})',
  corpusWarning: 'corpus: {warning}',
  badCount: 'option {option} needs a positive whole number, not "{value}"',
  crashed: 'internal error: {reason}',
  outputFailed: 'cannot write the output: {reason}',
  internalError: '{path}: failed while checking: {reason}',
  // text output
  summaryProblems:
    '✖ {total} {total, plural, one {problem} other {problems}} ({errors} {errors, plural, one {error} other {errors}}, {warnings} {warnings, plural, one {warning} other {warnings}}, {infos} {infos, plural, one {info} other {infos}})',
  summaryClean: '✔ {files} {files, plural, one {file} other {files}} checked, no problems',
  sevError: 'error',
  sevWarning: 'warning',
  sevInfo: 'info',
  sevHint: 'hint',
};

type Id = keyof typeof en;

const zh: MessageTable<Id> = {
  usage: `用法：resolution-lint [选项] 文件...

检查联合国决议草案：段落编号、结尾标点、脚注、文件引用和商定语言。
每个文件都按决议检查，不论其扩展名；文件名“-”表示标准输入。

选项：
  --corpus 路径          加入先例文本（文件或文件夹），可重复使用
  --no-default-corpus    不使用内置的先例文本（seeds）
  --cache-dir 路径       保存先例索引的文件夹（默认 $XDG_CACHE_HOME/resolution-lint
                         或 ~/.cache/resolution-lint）；先例未变时下次直接读取索引
  --no-cache             不读取也不保存先例索引
  --corpus-max-files 数量
                         先例文件夹中最多读取的文件数（默认 10000）
  --corpus-max-mb 大小   先例文件合计最多读取的兆字节数（默认 256）
  --format text|json|sarif
                         输出格式（默认 text）
  --locale zh|en|fr|es|ru|ar
                         消息语言（默认取自 LC_ALL、LC_MESSAGES、LANG）
  -h, --help             显示本帮助
  --version              显示版本

退出码：0 没有错误；1 发现错误；2 用法有误、文件无法读取、输出无法写入、检查出错或本工具出错。
`,
  unknownOption: '未知选项：{option}',
  missingValue: '选项 {option} 缺少取值',
  badFormat: '不支持的输出格式“{value}”：应为 text、json 或 sarif',
  badLocale: '不支持的语言“{value}”：应为 zh、en、fr、es、ru 或 ar',
  noFiles: '没有指定要检查的文件',
  seeHelp: '运行 resolution-lint --help 查看用法',
  notFound: '{path}：找不到文件',
  isDirectory: '{path}：这是文件夹，不是文件（先例文件夹请用 --corpus）',
  unreadable: '{path}：无法读取（{reason}）',
  inputWarning: '{path}：{warning}',
  page: '第 {page} 页',
  documentProblem: '读取文档时有问题：{detail}',
  documentNoText: '读不出文字（{detail}）',
  corpusWarning: '先例文本：{warning}',
  badCount: '选项 {option} 的取值应为正整数，而不是“{value}”',
  crashed: '内部错误：{reason}',
  outputFailed: '无法写出结果：{reason}',
  internalError: '{path}：检查时出错：{reason}',
  summaryProblems: '✖ 共 {total} 个问题（{errors} 个错误，{warnings} 个警告，{infos} 条信息或提示）',
  summaryClean: '✔ 已检查 {files} 个文件，没有发现问题',
  sevError: '错误',
  sevWarning: '警告',
  sevInfo: '信息',
  sevHint: '提示',
};

const fr: MessageTable<Id> = {
  usage: `Usage\u00a0: resolution-lint [options] FICHIER...

Vérifie des projets de résolution de l’ONU\u00a0: numérotation des paragraphes,
ponctuation finale, notes, références aux documents et libellé convenu.
Chaque FICHIER est vérifié comme une résolution, quelle que soit son extension\u00a0;
«\u00a0-\u00a0» lit l’entrée standard.

Options\u00a0:
  --corpus CHEMIN        ajoute des textes antérieurs (fichier ou dossier)\u00a0; répétable
  --no-default-corpus    laisse de côté les textes de référence intégrés (seeds)
  --cache-dir CHEMIN     dossier où l’index des précédents est conservé entre deux
                         exécutions (par défaut $XDG_CACHE_HOME/resolution-lint ou
                         ~/.cache/resolution-lint)\u00a0; un corpus inchangé y est relu,
                         seul un fichier modifié est réindexé
  --no-cache             ne lit ni n’écrit l’index des précédents
  --corpus-max-files N   lit au plus N fichiers dans les dossiers du corpus (10000 par défaut)
  --corpus-max-mb N      lit au plus N mégaoctets de fichiers du corpus au total (256 par défaut)
  --format text|json|sarif
                         format de sortie (text par défaut)
  --locale zh|en|fr|es|ru|ar
                         langue des messages (par défaut\u00a0: LC_ALL, LC_MESSAGES, LANG)
  -h, --help             affiche cette aide
  --version              affiche la version

Code de sortie\u00a0: 0 aucune erreur\u00a0; 1 erreurs trouvées\u00a0; 2 usage incorrect, entrée
illisible, sortie impossible à écrire, vérification échouée ou défaillance de l’outil.
`,
  unknownOption: 'option inconnue\u00a0: {option}',
  missingValue: 'l’option {option} demande une valeur',
  badFormat: 'format inconnu «\u00a0{value}\u00a0»\u00a0: utilisez text, json ou sarif',
  badLocale: 'langue inconnue «\u00a0{value}\u00a0»\u00a0: utilisez zh, en, fr, es, ru ou ar',
  noFiles: 'aucun fichier à vérifier',
  seeHelp: 'lancez resolution-lint --help pour l’usage',
  notFound: '{path}\u00a0: fichier introuvable',
  isDirectory: '{path}\u00a0: c’est un dossier, pas un fichier (utilisez --corpus pour un dossier de textes antérieurs)',
  unreadable: '{path}\u00a0: lecture impossible ({reason})',
  inputWarning: '{path}\u00a0: {warning}',
  page: 'p.\u00a0{page}',
  documentProblem: 'lu avec un problème\u00a0: {detail}',
  documentNoText: 'aucun texte n’a pu être lu ({detail})',
  corpusWarning: 'corpus\u00a0: {warning}',
  badCount: 'l’option {option} demande un nombre entier positif, et non «\u00a0{value}\u00a0»',
  crashed: 'erreur interne\u00a0: {reason}',
  outputFailed: 'impossible d’écrire le résultat\u00a0: {reason}',
  internalError: '{path}\u00a0: échec de la vérification\u00a0: {reason}',
  summaryProblems:
    '✖ {total, plural, one {# problème} many {# de problèmes} other {# problèmes}} ({errors, plural, one {# erreur} many {# d’erreurs} other {# erreurs}}, {warnings, plural, one {# avertissement} many {# d’avertissements} other {# avertissements}}, {infos, plural, one {# information} many {# d’informations} other {# informations}})',
  summaryClean: '✔ {files, plural, one {# fichier vérifié} many {# de fichiers vérifiés} other {# fichiers vérifiés}}, aucun problème',
  sevError: 'erreur',
  sevWarning: 'avertissement',
  sevInfo: 'information',
  sevHint: 'suggestion',
};

const es: MessageTable<Id> = {
  usage: `Uso: resolution-lint [opciones] ARCHIVO...

Revisa proyectos de resolución de las Naciones Unidas: numeración de los párrafos,
puntuación final, notas, referencias a documentos y lenguaje convenido.
Cada ARCHIVO se revisa como una resolución, sea cual sea su extensión; "-" lee la
entrada estándar.

Opciones:
  --corpus RUTA          añade textos anteriores (un archivo o una carpeta); repetible
  --no-default-corpus    prescinde de los textos de referencia integrados (seeds)
  --cache-dir RUTA       carpeta donde se guarda el índice de precedentes entre ejecuciones
                         (por defecto $XDG_CACHE_HOME/resolution-lint o
                         ~/.cache/resolution-lint); un corpus sin cambios se lee de ella y
                         solo se vuelve a indexar el archivo modificado
  --no-cache             no lee ni escribe el índice de precedentes
  --corpus-max-files N   lee como máximo N archivos de las carpetas del corpus (por defecto 10000)
  --corpus-max-mb N      lee como máximo N megabytes de archivos del corpus en total (por defecto 256)
  --format text|json|sarif
                         formato de salida (por defecto: text)
  --locale zh|en|fr|es|ru|ar
                         idioma de los mensajes (por defecto: LC_ALL, LC_MESSAGES, LANG)
  -h, --help             muestra esta ayuda
  --version              muestra la versión

Código de salida: 0 sin errores; 1 se encontraron errores; 2 uso incorrecto, entrada
ilegible, salida imposible de escribir, revisión fallida o fallo de la propia herramienta.
`,
  unknownOption: 'opción desconocida: {option}',
  missingValue: 'la opción {option} requiere un valor',
  badFormat: 'formato desconocido "{value}": use text, json o sarif',
  badLocale: 'idioma desconocido "{value}": use zh, en, fr, es, ru o ar',
  noFiles: 'no hay archivos que revisar',
  seeHelp: 'ejecute resolution-lint --help para ver el uso',
  notFound: '{path}: no existe el archivo',
  isDirectory: '{path}: es una carpeta, no un archivo (use --corpus para una carpeta de textos anteriores)',
  unreadable: '{path}: no se puede leer ({reason})',
  inputWarning: '{path}: {warning}',
  page: 'pág. {page}',
  documentProblem: 'leído con un problema: {detail}',
  documentNoText: 'no se pudo leer ningún texto ({detail})',
  corpusWarning: 'corpus: {warning}',
  badCount: 'la opción {option} requiere un número entero positivo, no "{value}"',
  crashed: 'error interno: {reason}',
  outputFailed: 'no se puede escribir el resultado: {reason}',
  internalError: '{path}: falló la revisión: {reason}',
  summaryProblems:
    '✖ {total, plural, one {# problema} many {# de problemas} other {# problemas}} ({errors, plural, one {# error} many {# de errores} other {# errores}}, {warnings, plural, one {# advertencia} many {# de advertencias} other {# advertencias}}, {infos, plural, one {# información} many {# de informaciones} other {# informaciones}})',
  summaryClean: '✔ {files, plural, one {# archivo revisado} many {# de archivos revisados} other {# archivos revisados}}, sin problemas',
  sevError: 'error',
  sevWarning: 'advertencia',
  sevInfo: 'información',
  sevHint: 'sugerencia',
};

const ru: MessageTable<Id> = {
  usage: `Использование: resolution-lint [параметры] ФАЙЛ...

Проверяет проекты резолюций ООН: нумерацию пунктов, знаки препинания в конце
пунктов, сноски, ссылки на документы и согласованные формулировки.
Каждый ФАЙЛ проверяется как резолюция независимо от расширения; «-» — стандартный ввод.

Параметры:
  --corpus ПУТЬ          добавить прежние тексты (файл или папку); можно повторять
  --no-default-corpus    не использовать встроенные тексты-прецеденты (seeds)
  --cache-dir ПУТЬ       папка, где индекс прецедентов хранится между запусками
                         (по умолчанию $XDG_CACHE_HOME/resolution-lint или
                         ~/.cache/resolution-lint); неизменённый корпус читается из неё,
                         заново индексируется только изменённый файл
  --no-cache             не читать и не записывать индекс прецедентов
  --corpus-max-files N   читать не более N файлов из папок корпуса (по умолчанию 10000)
  --corpus-max-mb N      читать не более N мегабайт файлов корпуса в сумме (по умолчанию 256)
  --format text|json|sarif
                         формат вывода (по умолчанию text)
  --locale zh|en|fr|es|ru|ar
                         язык сообщений (по умолчанию из LC_ALL, LC_MESSAGES, LANG)
  -h, --help             показать эту справку
  --version              показать версию

Код выхода: 0 ошибок нет; 1 найдены ошибки; 2 неверные параметры, нечитаемый ввод,
невозможность записать вывод, сбой проверки или сбой самой программы.
`,
  unknownOption: 'неизвестный параметр: {option}',
  missingValue: 'для параметра {option} нужно значение',
  badFormat: 'неизвестный формат «{value}»: используйте text, json или sarif',
  badLocale: 'неизвестный язык «{value}»: используйте zh, en, fr, es, ru или ar',
  noFiles: 'нет файлов для проверки',
  seeHelp: 'справка: resolution-lint --help',
  notFound: '{path}: файл не найден',
  isDirectory: '{path}: это папка, а не файл (для папки прежних текстов используйте --corpus)',
  unreadable: '{path}: не удаётся прочитать ({reason})',
  inputWarning: '{path}: {warning}',
  page: 'стр. {page}',
  documentProblem: 'прочитан с проблемой: {detail}',
  documentNoText: 'не удалось прочитать текст ({detail})',
  corpusWarning: 'корпус: {warning}',
  badCount: 'для параметра {option} нужно целое положительное число, а не «{value}»',
  crashed: 'внутренняя ошибка: {reason}',
  outputFailed: 'не удаётся записать результат: {reason}',
  internalError: '{path}: сбой при проверке: {reason}',
  summaryProblems:
    '✖ {total, plural, one {# проблема} few {# проблемы} many {# проблем} other {# проблемы}} ({errors, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}, {warnings, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}, {infos, plural, one {# сообщение} few {# сообщения} many {# сообщений} other {# сообщения}})',
  summaryClean: '✔ {files, plural, one {проверен # файл} few {проверено # файла} many {проверено # файлов} other {проверено # файла}}, проблем нет',
  sevError: 'ошибка',
  sevWarning: 'предупреждение',
  sevInfo: 'сведения',
  sevHint: 'подсказка',
};

const ar: MessageTable<Id> = {
  usage: `الاستخدام: resolution-lint [خيارات] ملف...

يفحص مشاريع قرارات الأمم المتحدة: ترقيم الفقرات، وعلامات الترقيم في آخرها،
والحواشي، والإحالات إلى الوثائق، والصيغ المتفق عليها.
يُفحص كل ملف بوصفه قراراً أياً كان امتداده؛ و"-" يقرأ من الإدخال القياسي.

الخيارات:
  --corpus مسار          إضافة نصوص سابقة (ملف أو مجلد)؛ يمكن تكراره
  --no-default-corpus    عدم استخدام النصوص السابقة المدمجة (seeds)
  --cache-dir مسار       المجلد الذي يُحفظ فيه فهرس السوابق بين مرات التشغيل (افتراضياً
                         $XDG_CACHE_HOME/resolution-lint أو ~/.cache/resolution-lint)؛
                         تُقرأ منه المجموعة إن لم تتغير، ولا يُعاد إلا فهرسة الملف المعدّل
  --no-cache             عدم قراءة فهرس السوابق وعدم كتابته
  --corpus-max-files N   قراءة N ملف على الأكثر من مجلدات المجموعة (افتراضياً 10000)
  --corpus-max-mb N      قراءة N ميغابايت على الأكثر من ملفات المجموعة إجمالاً (افتراضياً 256)
  --format text|json|sarif
                         صيغة الإخراج (افتراضياً text)
  --locale zh|en|fr|es|ru|ar
                         لغة الرسائل (افتراضياً من LC_ALL وLC_MESSAGES وLANG)
  -h, --help             عرض هذه التعليمات
  --version              عرض رقم الإصدار

رمز الخروج: 0 لا أخطاء؛ 1 وُجدت أخطاء؛ 2 استخدام غير صحيح، أو تعذر قراءة الإدخال،
أو تعذر كتابة الإخراج، أو إخفاق الفحص، أو عطل في الأداة نفسها.
`,
  unknownOption: 'خيار غير معروف: {option}',
  missingValue: 'الخيار {option} يحتاج إلى قيمة',
  badFormat: 'صيغة غير معروفة "{value}": استخدم text أو json أو sarif',
  badLocale: 'لغة غير معروفة "{value}": استخدم zh أو en أو fr أو es أو ru أو ar',
  noFiles: 'لا توجد ملفات لفحصها',
  seeHelp: 'شغّل resolution-lint --help لعرض طريقة الاستخدام',
  notFound: '{path}: الملف غير موجود',
  isDirectory: '{path}: هذا مجلد وليس ملفاً (استخدم --corpus لمجلد من النصوص السابقة)',
  unreadable: '{path}: تتعذر القراءة ({reason})',
  inputWarning: '{path}: {warning}',
  page: 'الصفحة {page}',
  documentProblem: 'قُرئ مع وجود مشكلة: {detail}',
  documentNoText: 'تعذرت قراءة أي نص ({detail})',
  corpusWarning: 'المجموعة: {warning}',
  badCount: 'الخيار {option} يحتاج إلى عدد صحيح موجب، لا "{value}"',
  crashed: 'خطأ داخلي: {reason}',
  outputFailed: 'تتعذر كتابة النتيجة: {reason}',
  internalError: '{path}: أخفق الفحص: {reason}',
  summaryProblems:
    '✖ {total, plural, zero {لا مشاكل} one {مشكلة واحدة} two {مشكلتان} few {# مشاكل} many {# مشكلة} other {# مشكلة}} ({errors, plural, zero {لا أخطاء} one {خطأ واحد} two {خطآن} few {# أخطاء} many {# خطأً} other {# خطأ}}، {warnings, plural, zero {لا تحذيرات} one {تحذير واحد} two {تحذيران} few {# تحذيرات} many {# تحذيراً} other {# تحذير}}، {infos, plural, zero {لا معلومات} one {معلومة واحدة} two {معلومتان} few {# معلومات} many {# معلومة} other {# معلومة}})',
  summaryClean: '✔ {files, plural, zero {لم يُفحص أي ملف} one {فُحص ملف واحد} two {فُحص ملفان} few {فُحصت # ملفات} many {فُحص # ملفاً} other {فُحص # ملف}}، لا مشاكل',
  sevError: 'خطأ',
  sevWarning: 'تحذير',
  sevInfo: 'معلومات',
  sevHint: 'تلميح',
};

export const cliMessageTables: MessageTables<Id> = { en, zh, fr, es, ru, ar };

export const cliMessages = messagesById(cliMessageTables);
