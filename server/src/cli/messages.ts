/** Messages of the `resolution-lint` command. */
import type { Messages } from '../service/i18n';

export const cliMessages = {
  usage: {
    zh: `用法：resolution-lint [选项] 文件...

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
  --locale zh|en         消息语言（默认取自 LC_ALL、LC_MESSAGES、LANG）
  -h, --help             显示本帮助
  --version              显示版本

退出码：0 没有错误；1 发现错误；2 用法有误、文件无法读取、输出无法写入、检查出错或本工具出错。
`,
    en: `Usage: resolution-lint [options] FILE...

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
  --locale zh|en         message language (default: from LC_ALL, LC_MESSAGES, LANG)
  -h, --help             show this help
  --version              show the version

Exit status: 0 no errors; 1 errors found; 2 bad usage, unreadable input,
unwritable output, a failed check or a failure of the tool itself.
`,
  },
  unknownOption: { zh: '未知选项：{option}', en: 'unknown option: {option}' },
  missingValue: { zh: '选项 {option} 缺少取值', en: 'option {option} needs a value' },
  badFormat: { zh: '不支持的输出格式“{value}”：应为 text、json 或 sarif', en: 'unknown format "{value}": use text, json or sarif' },
  badLocale: { zh: '不支持的语言“{value}”：应为 zh 或 en', en: 'unknown locale "{value}": use zh or en' },
  noFiles: { zh: '没有指定要检查的文件', en: 'no files to check' },
  seeHelp: { zh: '运行 resolution-lint --help 查看用法', en: 'run resolution-lint --help for usage' },
  notFound: { zh: '{path}：找不到文件', en: '{path}: no such file' },
  isDirectory: { zh: '{path}：这是文件夹，不是文件（先例文件夹请用 --corpus）', en: '{path}: is a folder, not a file (use --corpus for a folder of prior texts)' },
  unreadable: { zh: '{path}：无法读取（{reason}）', en: '{path}: cannot be read ({reason})' },
  inputWarning: { zh: '{path}：{warning}', en: '{path}: {warning}' },
  page: { zh: '第 {page} 页', en: 'p. {page}' },
  documentProblem: { zh: '读取文档时有问题：{detail}', en: 'read with a problem: {detail}' },
  documentNoText: { zh: '读不出文字（{detail}）', en: 'no text could be read ({detail})' },
  corpusWarning: { zh: '先例文本：{warning}', en: 'corpus: {warning}' },
  badCount: { zh: '选项 {option} 的取值应为正整数，而不是“{value}”', en: 'option {option} needs a positive whole number, not "{value}"' },
  crashed: { zh: '内部错误：{reason}', en: 'internal error: {reason}' },
  outputFailed: { zh: '无法写出结果：{reason}', en: 'cannot write the output: {reason}' },
  internalError: { zh: '{path}：检查时出错：{reason}', en: '{path}: failed while checking: {reason}' },
  // text output
  summaryProblems: {
    zh: '✖ 共 {total} 个问题（{errors} 个错误，{warnings} 个警告，{infos} 条信息或提示）',
    en: '✖ {total} {total:problem|problems} ({errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}, {infos} {infos:info|infos})',
  },
  summaryClean: { zh: '✔ 已检查 {files} 个文件，没有发现问题', en: '✔ {files} {files:file|files} checked, no problems' },
  sevError: { zh: '错误', en: 'error' },
  sevWarning: { zh: '警告', en: 'warning' },
  sevInfo: { zh: '信息', en: 'info' },
  sevHint: { zh: '提示', en: 'hint' },
} satisfies Messages;
