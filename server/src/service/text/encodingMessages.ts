/** Messages about reading an input's bytes as text (`encoding.ts`), one table per locale. */
import { messagesById, type MessageTable, type MessageTables } from '../i18n';

const en = {
  file: '{path}: ',
  binary: 'this is a binary file, not text ({reason}); it cannot be checked',
  'too-large': 'the file is too large ({size}); the limit is {limit}',
  /** `too-large` when the size is not known (a device, a pipe, standard input: reading stopped at the limit). */
  'over-limit': 'the input is larger than the limit of {limit}',
  undecodable: 'cannot tell the encoding: the bytes are not valid UTF-8, UTF-16 or GB18030/GBK',
  /** Reasons given in `binary`. */
  'reason-nul': 'it contains NUL bytes',
  'reason-control': 'too many control characters',
  // Warnings
  'decoded-gb18030': 'not UTF-8; decoded as GB18030/GBK',
  truncated: 'the file is too large ({size}); only the first {limit} were checked',
  'bomless-utf16': 'decoded as {encoding} without a byte-order mark',
};

type Id = keyof typeof en;

const zh: MessageTable<Id> = {
  file: '{path}：',
  binary: '这是二进制文件，不是文本（{reason}），无法检查',
  'too-large': '文件过大（{size}），超过上限 {limit}',
  'over-limit': '输入超过上限 {limit}',
  undecodable: '无法识别文件编码：既不是有效的 UTF-8，也不是 UTF-16 或 GB18030/GBK',
  'reason-nul': '含有 NUL 字节',
  'reason-control': '控制字符比例过高',
  'decoded-gb18030': '文件不是 UTF-8，已按 GB18030/GBK 解码',
  truncated: '文件过大（{size}），只检查了前 {limit}',
  'bomless-utf16': '按无 BOM 的 {encoding} 解码',
};

const fr: MessageTable<Id> = {
  file: '{path}\u00a0: ',
  binary: 'c’est un fichier binaire et non un texte ({reason})\u00a0; il ne peut pas être vérifié',
  'too-large': 'le fichier est trop volumineux ({size})\u00a0; la limite est de {limit}',
  'over-limit': 'l’entrée dépasse la limite de {limit}',
  undecodable: 'encodage indéterminable\u00a0: les octets ne sont ni de l’UTF-8, ni de l’UTF-16, ni du GB18030/GBK valides',
  'reason-nul': 'il contient des octets NUL',
  'reason-control': 'trop de caractères de contrôle',
  'decoded-gb18030': 'pas en UTF-8\u00a0; décodé en GB18030/GBK',
  truncated: 'le fichier est trop volumineux ({size})\u00a0; seuls les premiers {limit} ont été vérifiés',
  'bomless-utf16': 'décodé en {encoding} sans indicateur d’ordre des octets',
};

const es: MessageTable<Id> = {
  file: '{path}: ',
  binary: 'es un archivo binario, no de texto ({reason}); no se puede revisar',
  'too-large': 'el archivo es demasiado grande ({size}); el límite es {limit}',
  'over-limit': 'la entrada supera el límite de {limit}',
  undecodable: 'no se reconoce la codificación: los bytes no son UTF-8, UTF-16 ni GB18030/GBK válidos',
  'reason-nul': 'contiene bytes NUL',
  'reason-control': 'demasiados caracteres de control',
  'decoded-gb18030': 'no está en UTF-8; se ha decodificado como GB18030/GBK',
  truncated: 'el archivo es demasiado grande ({size}); solo se han revisado los primeros {limit}',
  'bomless-utf16': 'decodificado como {encoding} sin marca de orden de bytes',
};

const ru: MessageTable<Id> = {
  file: '{path}: ',
  binary: 'это двоичный файл, а не текст ({reason}); проверить его нельзя',
  'too-large': 'файл слишком велик ({size}); предел — {limit}',
  'over-limit': 'входные данные превышают предел {limit}',
  undecodable: 'не удаётся определить кодировку: байты не являются допустимыми UTF-8, UTF-16 или GB18030/GBK',
  'reason-nul': 'в нём есть байты NUL',
  'reason-control': 'слишком много управляющих символов',
  'decoded-gb18030': 'не UTF-8; декодирован как GB18030/GBK',
  truncated: 'файл слишком велик ({size}); проверены только первые {limit}',
  'bomless-utf16': 'декодирован как {encoding} без метки порядка байтов',
};

const ar: MessageTable<Id> = {
  file: '{path}: ',
  binary: 'هذا ملف ثنائي وليس نصاً ({reason})؛ لا يمكن فحصه',
  'too-large': 'الملف كبير جداً ({size})؛ الحد الأقصى {limit}',
  'over-limit': 'الإدخال أكبر من الحد الأقصى البالغ {limit}',
  undecodable: 'يتعذر تحديد الترميز: البايتات ليست UTF-8 أو UTF-16 أو GB18030/GBK صالحاً',
  'reason-nul': 'يحتوي على بايتات NUL',
  'reason-control': 'أحرف التحكم كثيرة جداً',
  'decoded-gb18030': 'ليس بترميز UTF-8؛ فُكّ ترميزه بوصفه GB18030/GBK',
  truncated: 'الملف كبير جداً ({size})؛ لم يُفحص إلا أول {limit}',
  'bomless-utf16': 'فُكّ ترميزه بوصفه {encoding} دون علامة ترتيب البايتات',
};

export const encodingMessageTables: MessageTables<Id> = { en, zh, fr, es, ru, ar };

export const encodingMessages = messagesById(encodingMessageTables);
