/** Corpus warning messages, Chinese and English. `{path}` names the file, `{detail}` adds the particulars. */
import { format, type Locale, type Messages } from '../i18n';
import type { CorpusWarning, CorpusWarningCode } from './types';

export const corpusMessages: Messages<CorpusWarningCode> = {
  'missing-path': {
    zh: '先例语料路径不存在：{path}',
    en: 'Precedent corpus path does not exist: {path}',
  },
  unreadable: {
    zh: '无法读取先例文件 {path}：{detail}',
    en: 'Cannot read precedent file {path}: {detail}',
  },
  'not-utf8-decoded': {
    zh: '先例文件 {path} 不是 UTF-8 编码，已按 {detail} 解码；请核对文字是否正确',
    en: 'Precedent file {path} is not UTF-8; decoded as {detail}. Check that the text reads correctly',
  },
  'not-utf8-skipped': {
    zh: '先例文件 {path} 的编码无法识别(既不是 UTF-8、UTF-16，也不是 GB18030)，已跳过',
    en: 'Precedent file {path} has an unrecognised encoding (not UTF-8, UTF-16 or GB18030); skipped',
  },
  'binary-skipped': {
    zh: '先例文件 {path} 看来是二进制文件，不是文本，已跳过',
    en: 'Precedent file {path} looks binary, not text; skipped',
  },
  'too-large-skipped': {
    zh: '先例文件 {path} 过大({detail})，已跳过',
    en: 'Precedent file {path} is too large ({detail}); skipped',
  },
  duplicate: {
    zh: '先例文件 {path} 与 {detail} 内容相同，只保留一份',
    en: 'Precedent file {path} has the same content as {detail}; only one copy is kept',
  },
  'empty-corpus': {
    zh: '先例语料为空：没有可供比对的文件，无法识别商定措辞',
    en: 'The precedent corpus is empty: there is nothing to compare against, so agreed language cannot be found',
  },
  'empty-file': {
    zh: '先例文件 {path} 是空的，已跳过',
    en: 'Precedent file {path} is empty; skipped',
  },
  'not-a-file': {
    zh: '先例路径 {path} 既不是文件也不是文件夹，已跳过',
    en: 'Precedent path {path} is neither a file nor a folder; skipped',
  },
  'is-a-folder': {
    zh: '先例路径 {path} 现在是文件夹，不是文件',
    en: 'Precedent path {path} is now a folder, not a file',
  },
  'too-many-files': {
    zh: '先例文件夹 {path} 中的文件超过 {detail} 个，只读取了前 {detail} 个；如需更多，请调高设置 resolution.corpus.maxFiles(命令行：--corpus-max-files)',
    en: 'Precedent folder {path} holds more than {detail} files; only the first {detail} were read. To read more, raise the setting resolution.corpus.maxFiles (command line: --corpus-max-files)',
  },
  'corpus-too-large': {
    zh: '先例文件合计超过 {detail}，从 {path} 起的文件未读取；如需更多，请调高设置 resolution.corpus.maxTotalMB(命令行：--corpus-max-mb)',
    en: 'The precedent files exceed {detail} in all; files from {path} on were not read. To read more, raise the setting resolution.corpus.maxTotalMB (command line: --corpus-max-mb)',
  },
  'system-folder-skipped': {
    zh: '先例文件夹 {path} 是系统文件夹，已跳过',
    en: 'Precedent folder {path} is a system folder; skipped',
  },
  'no-paragraphs': {
    zh: '先例文件 {path} 中找不到任何段落(序言部分、执行部分或编号段落)',
    en: 'No paragraphs (preambular, operative or numbered) found in precedent file {path}',
  },
  'cache-invalid': {
    zh: '先例索引缓存 {path} 无法使用({detail})，已重新建立索引',
    en: 'The precedent index cache {path} could not be used ({detail}); the index was rebuilt',
  },
  'cache-write-failed': {
    zh: '无法写入先例索引缓存 {path}：{detail}',
    en: 'Cannot write the precedent index cache {path}: {detail}',
  },
  'front-matter-invalid': {
    zh: '先例文件 {path} 开头的元数据块有误({detail})，已改为从正文推断',
    en: 'The metadata block at the top of precedent file {path} is invalid ({detail}); inferred from the text instead',
  },
  'document-unreadable': {
    zh: '无法从先例文件 {path} 中读出文字，已跳过({detail})',
    en: 'No text could be read from precedent file {path}; skipped ({detail})',
  },
  'document-warning': {
    zh: '读取先例文件 {path} 时有问题：{detail}',
    en: 'Precedent file {path} was read with a problem: {detail}',
  },
};

/** The warning as a sentence in the given language. */
export function formatCorpusWarning(locale: Locale, warning: CorpusWarning): string {
  const message = corpusMessages[warning.code];
  return format(locale, message, { path: warning.path, detail: warning.detail ?? '' });
}
