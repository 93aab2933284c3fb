/**
 * Corpus warning messages, one table per locale (English names the ids). `{path}` names the file,
 * `{detail}` adds the particulars. The setting and option names (`resolution.corpus.maxFiles`,
 * `--corpus-max-files`) stay as they are in every language.
 */
import { format, messagesById, type Locale, type MessageTable, type MessageTables } from '../i18n';
import type { CorpusWarning, CorpusWarningCode } from './types';

const en: MessageTable<CorpusWarningCode> = {
  'missing-path': 'Precedent corpus path does not exist: {path}',
  unreadable: 'Cannot read precedent file {path}: {detail}',
  'not-utf8-decoded': 'Precedent file {path} is not UTF-8; decoded as {detail}. Check that the text reads correctly',
  'not-utf8-skipped': 'Precedent file {path} has an unrecognised encoding (not UTF-8, UTF-16 or GB18030); skipped',
  'binary-skipped': 'Precedent file {path} looks binary, not text; skipped',
  'too-large-skipped': 'Precedent file {path} is too large ({detail}); skipped',
  duplicate: 'Precedent file {path} has the same content as {detail}; only one copy is kept',
  'empty-corpus': 'The precedent corpus is empty: there is nothing to compare against, so agreed language cannot be found',
  'empty-file': 'Precedent file {path} is empty; skipped',
  'not-a-file': 'Precedent path {path} is neither a file nor a folder; skipped',
  'is-a-folder': 'Precedent path {path} is now a folder, not a file',
  'too-many-files':
    'Precedent folder {path} holds more than {detail} files; only the first {detail} were read. To read more, raise the setting resolution.corpus.maxFiles (command line: --corpus-max-files)',
  'corpus-too-large':
    'The precedent files exceed {detail} in all; files from {path} on were not read. To read more, raise the setting resolution.corpus.maxTotalMB (command line: --corpus-max-mb)',
  'system-folder-skipped': 'Precedent folder {path} is a system folder; skipped',
  'no-paragraphs': 'No paragraphs (preambular, operative or numbered) found in precedent file {path}',
  'cache-invalid': 'The precedent index cache {path} could not be used ({detail}); the index was rebuilt',
  'cache-write-failed': 'Cannot write the precedent index cache {path}: {detail}',
  'front-matter-invalid': 'The metadata block at the top of precedent file {path} is invalid ({detail}); inferred from the text instead',
  'document-unreadable': 'No text could be read from precedent file {path}; skipped ({detail})',
  'document-warning': 'Precedent file {path} was read with a problem: {detail}',
};

const zh: MessageTable<CorpusWarningCode> = {
  'missing-path': '先例语料路径不存在：{path}',
  unreadable: '无法读取先例文件 {path}：{detail}',
  'not-utf8-decoded': '先例文件 {path} 不是 UTF-8 编码，已按 {detail} 解码；请核对文字是否正确',
  'not-utf8-skipped': '先例文件 {path} 的编码无法识别(既不是 UTF-8、UTF-16，也不是 GB18030)，已跳过',
  'binary-skipped': '先例文件 {path} 看来是二进制文件，不是文本，已跳过',
  'too-large-skipped': '先例文件 {path} 过大({detail})，已跳过',
  duplicate: '先例文件 {path} 与 {detail} 内容相同，只保留一份',
  'empty-corpus': '先例语料为空：没有可供比对的文件，无法识别商定措辞',
  'empty-file': '先例文件 {path} 是空的，已跳过',
  'not-a-file': '先例路径 {path} 既不是文件也不是文件夹，已跳过',
  'is-a-folder': '先例路径 {path} 现在是文件夹，不是文件',
  'too-many-files':
    '先例文件夹 {path} 中的文件超过 {detail} 个，只读取了前 {detail} 个；如需更多，请调高设置 resolution.corpus.maxFiles(命令行：--corpus-max-files)',
  'corpus-too-large': '先例文件合计超过 {detail}，从 {path} 起的文件未读取；如需更多，请调高设置 resolution.corpus.maxTotalMB(命令行：--corpus-max-mb)',
  'system-folder-skipped': '先例文件夹 {path} 是系统文件夹，已跳过',
  'no-paragraphs': '先例文件 {path} 中找不到任何段落(序言部分、执行部分或编号段落)',
  'cache-invalid': '先例索引缓存 {path} 无法使用({detail})，已重新建立索引',
  'cache-write-failed': '无法写入先例索引缓存 {path}：{detail}',
  'front-matter-invalid': '先例文件 {path} 开头的元数据块有误({detail})，已改为从正文推断',
  'document-unreadable': '无法从先例文件 {path} 中读出文字，已跳过({detail})',
  'document-warning': '读取先例文件 {path} 时有问题：{detail}',
};

const fr: MessageTable<CorpusWarningCode> = {
  'missing-path': 'Le chemin du corpus de précédents n’existe pas\u00a0: {path}',
  unreadable: 'Impossible de lire le fichier de précédents {path}\u00a0: {detail}',
  'not-utf8-decoded': 'Le fichier de précédents {path} n’est pas en UTF-8\u00a0; il a été décodé en {detail}. Vérifiez que le texte se lit correctement',
  'not-utf8-skipped': 'Le fichier de précédents {path} a un encodage non reconnu (ni UTF-8, ni UTF-16, ni GB18030)\u00a0; il est ignoré',
  'binary-skipped': 'Le fichier de précédents {path} semble binaire et non textuel\u00a0; il est ignoré',
  'too-large-skipped': 'Le fichier de précédents {path} est trop volumineux ({detail})\u00a0; il est ignoré',
  duplicate: 'Le fichier de précédents {path} a le même contenu que {detail}\u00a0; un seul exemplaire est conservé',
  'empty-corpus': 'Le corpus de précédents est vide\u00a0: sans texte de comparaison, le libellé convenu ne peut pas être repéré',
  'empty-file': 'Le fichier de précédents {path} est vide\u00a0; il est ignoré',
  'not-a-file': 'Le chemin de précédents {path} n’est ni un fichier ni un dossier\u00a0; il est ignoré',
  'is-a-folder': 'Le chemin de précédents {path} est désormais un dossier, et non un fichier',
  'too-many-files':
    'Le dossier de précédents {path} contient plus de {detail}\u00a0fichiers\u00a0; seuls les {detail} premiers ont été lus. Pour en lire davantage, augmentez le paramètre resolution.corpus.maxFiles (ligne de commande\u00a0: --corpus-max-files)',
  'corpus-too-large':
    'Les fichiers de précédents dépassent {detail} au total\u00a0; les fichiers à partir de {path} n’ont pas été lus. Pour en lire davantage, augmentez le paramètre resolution.corpus.maxTotalMB (ligne de commande\u00a0: --corpus-max-mb)',
  'system-folder-skipped': 'Le dossier de précédents {path} est un dossier système\u00a0; il est ignoré',
  'no-paragraphs': 'Aucun alinéa ni paragraphe (préambule, dispositif ou paragraphes numérotés) dans le fichier de précédents {path}',
  'cache-invalid': 'Le cache de l’index des précédents {path} est inutilisable ({detail})\u00a0; l’index a été reconstruit',
  'cache-write-failed': 'Impossible d’écrire le cache de l’index des précédents {path}\u00a0: {detail}',
  'front-matter-invalid': 'Le bloc de métadonnées en tête du fichier de précédents {path} est invalide ({detail})\u00a0; les métadonnées ont été déduites du texte',
  'document-unreadable': 'Aucun texte n’a pu être lu dans le fichier de précédents {path}\u00a0; il est ignoré ({detail})',
  'document-warning': 'Le fichier de précédents {path} a été lu avec un problème\u00a0: {detail}',
};

const es: MessageTable<CorpusWarningCode> = {
  'missing-path': 'La ruta del corpus de precedentes no existe: {path}',
  unreadable: 'No se puede leer el archivo de precedentes {path}: {detail}',
  'not-utf8-decoded': 'El archivo de precedentes {path} no está en UTF-8; se ha decodificado como {detail}. Compruebe que el texto se lea correctamente',
  'not-utf8-skipped': 'El archivo de precedentes {path} tiene una codificación desconocida (ni UTF-8, ni UTF-16, ni GB18030); se omite',
  'binary-skipped': 'El archivo de precedentes {path} parece binario, no de texto; se omite',
  'too-large-skipped': 'El archivo de precedentes {path} es demasiado grande ({detail}); se omite',
  duplicate: 'El archivo de precedentes {path} tiene el mismo contenido que {detail}; se conserva una sola copia',
  'empty-corpus': 'El corpus de precedentes está vacío: no hay nada con qué comparar, así que no puede detectarse el lenguaje convenido',
  'empty-file': 'El archivo de precedentes {path} está vacío; se omite',
  'not-a-file': 'La ruta de precedentes {path} no es ni un archivo ni una carpeta; se omite',
  'is-a-folder': 'La ruta de precedentes {path} es ahora una carpeta, no un archivo',
  'too-many-files':
    'La carpeta de precedentes {path} contiene más de {detail} archivos; solo se han leído los {detail} primeros. Para leer más, aumente el valor de resolution.corpus.maxFiles (línea de comandos: --corpus-max-files)',
  'corpus-too-large':
    'Los archivos de precedentes superan {detail} en total; no se han leído los archivos a partir de {path}. Para leer más, aumente el valor de resolution.corpus.maxTotalMB (línea de comandos: --corpus-max-mb)',
  'system-folder-skipped': 'La carpeta de precedentes {path} es una carpeta del sistema; se omite',
  'no-paragraphs': 'No se han encontrado párrafos (del preámbulo, de la parte dispositiva ni numerados) en el archivo de precedentes {path}',
  'cache-invalid': 'No se ha podido usar la caché del índice de precedentes {path} ({detail}); se ha reconstruido el índice',
  'cache-write-failed': 'No se puede escribir la caché del índice de precedentes {path}: {detail}',
  'front-matter-invalid': 'El bloque de metadatos al principio del archivo de precedentes {path} no es válido ({detail}); se han deducido del texto',
  'document-unreadable': 'No se ha podido leer ningún texto del archivo de precedentes {path}; se omite ({detail})',
  'document-warning': 'El archivo de precedentes {path} se ha leído con un problema: {detail}',
};

const ru: MessageTable<CorpusWarningCode> = {
  'missing-path': 'Путь к корпусу прецедентов не существует: {path}',
  unreadable: 'Не удаётся прочитать файл прецедентов {path}: {detail}',
  'not-utf8-decoded': 'Файл прецедентов {path} не в кодировке UTF-8; он декодирован как {detail}. Проверьте, правильно ли читается текст',
  'not-utf8-skipped': 'Кодировка файла прецедентов {path} не распознана (не UTF-8, не UTF-16 и не GB18030); файл пропущен',
  'binary-skipped': 'Файл прецедентов {path} похож на двоичный, а не текстовый; файл пропущен',
  'too-large-skipped': 'Файл прецедентов {path} слишком велик ({detail}); файл пропущен',
  duplicate: 'Содержимое файла прецедентов {path} совпадает с {detail}; сохранена одна копия',
  'empty-corpus': 'Корпус прецедентов пуст: сравнивать не с чем, поэтому согласованные формулировки найти нельзя',
  'empty-file': 'Файл прецедентов {path} пуст; файл пропущен',
  'not-a-file': 'Путь к прецедентам {path} не является ни файлом, ни папкой; пропущен',
  'is-a-folder': 'Путь к прецедентам {path} теперь указывает на папку, а не на файл',
  'too-many-files':
    'В папке прецедентов {path} более {detail} файлов; прочитаны только первые {detail}. Чтобы прочитать больше, увеличьте значение параметра resolution.corpus.maxFiles (в командной строке: --corpus-max-files)',
  'corpus-too-large':
    'Общий объём файлов прецедентов превышает {detail}; файлы, начиная с {path}, не прочитаны. Чтобы прочитать больше, увеличьте значение параметра resolution.corpus.maxTotalMB (в командной строке: --corpus-max-mb)',
  'system-folder-skipped': 'Папка прецедентов {path} является системной; пропущена',
  'no-paragraphs': 'В файле прецедентов {path} не найдено ни одного пункта (преамбулы, постановляющей части или нумерованного)',
  'cache-invalid': 'Кэш индекса прецедентов {path} использовать нельзя ({detail}); индекс построен заново',
  'cache-write-failed': 'Не удаётся записать кэш индекса прецедентов {path}: {detail}',
  'front-matter-invalid': 'Блок метаданных в начале файла прецедентов {path} содержит ошибку ({detail}); метаданные определены по тексту',
  'document-unreadable': 'Из файла прецедентов {path} не удалось прочитать текст; файл пропущен ({detail})',
  'document-warning': 'Файл прецедентов {path} прочитан с проблемой: {detail}',
};

const ar: MessageTable<CorpusWarningCode> = {
  'missing-path': 'مسار مجموعة السوابق غير موجود: {path}',
  unreadable: 'تتعذر قراءة ملف السوابق {path}: {detail}',
  'not-utf8-decoded': 'ملف السوابق {path} ليس بترميز UTF-8؛ فُكّ ترميزه بوصفه {detail}. تحقق من أن النص يُقرأ على نحو صحيح',
  'not-utf8-skipped': 'ترميز ملف السوابق {path} غير معروف (ليس UTF-8 ولا UTF-16 ولا GB18030)؛ تم تخطيه',
  'binary-skipped': 'يبدو أن ملف السوابق {path} ملف ثنائي وليس نصاً؛ تم تخطيه',
  'too-large-skipped': 'ملف السوابق {path} كبير جداً ({detail})؛ تم تخطيه',
  duplicate: 'محتوى ملف السوابق {path} مطابق لمحتوى {detail}؛ احتُفظ بنسخة واحدة',
  'empty-corpus': 'مجموعة السوابق فارغة: لا يوجد ما تجري المقارنة به، فلا يمكن العثور على الصيغة المتفق عليها',
  'empty-file': 'ملف السوابق {path} فارغ؛ تم تخطيه',
  'not-a-file': 'مسار السوابق {path} ليس ملفاً ولا مجلداً؛ تم تخطيه',
  'is-a-folder': 'مسار السوابق {path} أصبح مجلداً لا ملفاً',
  'too-many-files':
    'يحتوي مجلد السوابق {path} على أكثر من {detail} ملف؛ لم يُقرأ إلا أول {detail} ملف. لقراءة المزيد، ارفع قيمة الإعداد resolution.corpus.maxFiles (في سطر الأوامر: --corpus-max-files)',
  'corpus-too-large':
    'يتجاوز مجموع ملفات السوابق {detail}؛ لم تُقرأ الملفات ابتداءً من {path}. لقراءة المزيد، ارفع قيمة الإعداد resolution.corpus.maxTotalMB (في سطر الأوامر: --corpus-max-mb)',
  'system-folder-skipped': 'مجلد السوابق {path} مجلد نظام؛ تم تخطيه',
  'no-paragraphs': 'لم يُعثر على أي فقرات (من الديباجة أو المنطوق أو فقرات مرقمة) في ملف السوابق {path}',
  'cache-invalid': 'تعذر استخدام ذاكرة التخزين المؤقت لفهرس السوابق {path} ({detail})؛ أعيد بناء الفهرس',
  'cache-write-failed': 'تتعذر كتابة ذاكرة التخزين المؤقت لفهرس السوابق {path}: {detail}',
  'front-matter-invalid': 'كتلة البيانات الوصفية في أعلى ملف السوابق {path} غير صالحة ({detail})؛ استُنتجت البيانات من النص بدلاً منها',
  'document-unreadable': 'تعذرت قراءة أي نص من ملف السوابق {path}؛ تم تخطيه ({detail})',
  'document-warning': 'قُرئ ملف السوابق {path} مع وجود مشكلة: {detail}',
};

export const corpusMessageTables: MessageTables<CorpusWarningCode> = { en, zh, fr, es, ru, ar };

export const corpusMessages = messagesById(corpusMessageTables);

/** The warning as a sentence in the given language. */
export function formatCorpusWarning(locale: Locale, warning: CorpusWarning): string {
  const message = corpusMessages[warning.code];
  return format(locale, message, { path: warning.path, detail: warning.detail ?? '' });
}
