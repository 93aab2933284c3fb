/**
 * `resolution-lint`: the language service on files, for CI and the shell.
 *
 *   resolution-lint [--corpus PATH]... [--no-default-corpus] [--cache-dir PATH | --no-cache] [--format text|json|sarif] [--locale zh|en] FILE...
 *
 * Exit status: 0 no errors (severity 1), 1 errors found, 2 bad usage, an
 * input that cannot be read (missing, a folder, binary, undecodable, too large),
 * an output that cannot be written, a check that failed (its findings are
 * missing; the failure is on stderr), or any failure of the tool itself: 1 only
 * ever means "errors found". Corpus warnings go to stderr and do not change
 * the exit status. Every input is read through a bounded read (`/dev/zero`,
 * an endless pipe and a growing file stop at the limit).
 */
import * as path from 'path';
import { formatCorpusWarning } from '../service/corpus';
import { format, type Locale } from '../service/i18n';
import { readStreamBounded } from '../node/boundedRead';
import { isDocumentFile } from '../service/corpus/process';
import { extractDocument } from '../service/documents';
import { documentLocator } from '../service/documents/locate';
import { decodeInput, describeInputError, describeInputWarning, DEFAULT_MAX_BYTES, InputError } from '../service/text/encoding';
import { parseArgs } from './args';
import { cacheDirOf, EXIT_ERRORS, EXIT_OK, EXIT_USAGE, processIO, type CommandIO } from './command';
import { localeFromEnv } from './locale';
import { overLimitDetail, readInputFile } from './readInput';
import { cliConfigs } from './projectConfig';
import { printable } from './format/printable';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { cliMessages } from './messages';
import { selfInCorpus } from './selfInCorpus';
import { toOutputDiagnostic, type FileReport } from './report';
import { version as packageVersion } from '../../../package.json';

export { EXIT_ERRORS, EXIT_OK, EXIT_USAGE } from './command';
export { defaultCacheDir } from './command';
export { localeFromEnv } from './locale';

/** Where the command reads and writes; tests pass their own. */
export interface CliIO extends CommandIO {
  /** Standard input, for the file name `-`: all of it, or its first `limit + 1` bytes when it is longer. */
  readStdin(limit: number): Promise<Buffer>;
}

/** How standard input is named in the output. */
export const STDIN_NAME = '<stdin>';

function defaultIO(): CliIO {
  return {
    ...processIO(),
    readStdin: async (limit) => (await readStreamBounded(process.stdin, limit)).bytes,
  };
}

/**
 * The command as a function: the exit status. Never rejects: a failure of the tool itself is
 * said on stderr in one line and gives 2 (1 means "errors found", and nothing else).
 */
export async function main(argv: string[], io: Partial<CliIO> = {}): Promise<number> {
  const sys: CliIO = { ...defaultIO(), ...io };
  const parsed = parseArgs(argv);
  const locale: Locale = parsed.options.locale ?? localeFromEnv(sys.env);
  // File names and corpus text reach this line: no control sequence goes to the terminal raw.
  const say = (text: string) => sys.stderr(`resolution-lint: ${printable(text)}\n`);
  try {
    return await lint(sys, parsed, locale, say);
  } catch (e) {
    say(format(locale, cliMessages.crashed, { reason: reasonOf(e) }));
    return EXIT_USAGE;
  }
}

function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException | undefined;
  const message = String(err?.message ?? e);
  return err?.code && !message.includes(err.code) ? `${err.code}: ${message}` : message;
}

/**
 * The shell entry (bin/resolution-lint.js): runs `main` and sets the exit status. An output that
 * cannot be written (a full disk: `> /dev/full`) or an error escaping everything gives one line on
 * stderr and exit status 2; a reader that goes away (`| head`) is no error.
 */
export function runCli(argv: string[]): void {
  const locale = parseArgs(argv).options.locale ?? localeFromEnv(process.env);
  let failed = false;
  const fail = (what: string) => {
    if (failed) return;
    failed = true;
    try {
      process.stderr.write(`resolution-lint: ${printable(what)}\n`);
    } catch {
      /* stderr is gone too */
    }
    process.exit(EXIT_USAGE);
  };
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') return;
    fail(format(locale, cliMessages.outputFailed, { reason: reasonOf(e) }));
  });
  process.stderr.on('error', () => {
    /* nowhere left to say it */
  });
  const crashed = (e: unknown) => fail(format(locale, cliMessages.crashed, { reason: reasonOf(e) }));
  process.on('uncaughtException', crashed);
  process.on('unhandledRejection', crashed);
  main(argv).then(
    (code) => {
      if (!failed) process.exitCode = code;
    },
    crashed,
  );
}

type Parsed = ReturnType<typeof parseArgs>;

async function lint(sys: CliIO, parsed: Parsed, locale: Locale, say: (text: string) => void): Promise<number> {
  if ('error' in parsed) {
    say(format(locale, parsed.error.message, parsed.error.args));
    say(format(locale, cliMessages.seeHelp));
    return EXIT_USAGE;
  }
  const options = parsed.options;
  if (options.help) {
    sys.stdout(format(locale, cliMessages.usage));
    return EXIT_OK;
  }
  if (options.version) {
    sys.stdout(`${packageVersion}\n`);
    return EXIT_OK;
  }
  if (options.files.length === 0) {
    say(format(locale, cliMessages.noFiles));
    say(format(locale, cliMessages.seeHelp));
    return EXIT_USAGE;
  }

  // Project configuration files (.resolutionrc.json) of the inputs: settings, corpus folders (projectConfig.ts).
  const configs = cliConfigs(sys.cwd, locale, options.locale, say);
  const configInputs = options.files.map((f) => (f === '-' ? undefined : f)).filter((f): f is string => f !== undefined);
  const fromConfig = configs.corpusOptions(configInputs);
  const corpusPaths = options.corpus.map((p) => path.resolve(sys.cwd, p));
  for (const f of configs.corpusFolders(configInputs)) if (!corpusPaths.includes(f)) corpusPaths.push(f);
  const maxFiles = options.corpusMaxFiles ?? fromConfig.maxFiles;
  const maxMB = options.corpusMaxMB ?? fromConfig.maxTotalMB;
  const corpus = await sys.loadCorpus({
    paths: corpusPaths,
    includeBuiltIn: options.defaultCorpus && fromConfig.includeBuiltIn !== false,
    ...(maxFiles !== undefined && { maxFiles }),
    ...(maxMB !== undefined && { maxTotalBytes: maxMB * 1024 * 1024 }),
    cacheDir: cacheDirOf(options, sys),
  });
  // Asked for no corpus at all: being told it is empty is noise.
  const noCorpusWanted = !(options.defaultCorpus && fromConfig.includeBuiltIn !== false) && corpusPaths.length === 0;
  for (const warning of corpus.warnings) {
    if (noCorpusWanted && warning.code === 'empty-corpus') continue;
    say(format(locale, cliMessages.corpusWarning, { warning: formatCorpusWarning(locale, warning) }));
  }
  const docsOfFile = selfInCorpus(corpus);

  const reports: FileReport[] = [];
  let unreadable = false;
  for (const arg of options.files) {
    const file = arg === '-' ? STDIN_NAME : arg;
    const input = arg === '-' ? await readStdinInput(sys, locale, say) : await readInput(sys, file, locale, say);
    if (input === undefined) {
      unreadable = true;
      continue;
    }
    const text = typeof input === 'string' ? input : input.text;
    // A PDF or Word file: each finding also names its page and paragraph, to find it there.
    const place = typeof input === 'string' ? undefined : documentLocator(input.text, input.linePages);
    try {
      // Not its own precedent: the corpus documents read from this very file are no source for it.
      const excludeDocIds = arg === '-' ? [] : docsOfFile(path.resolve(sys.cwd, file));
      const analysis = configs.serviceFor(arg === '-' ? undefined : file, corpus).analyze(text, undefined, { excludeDocIds });
      // A stage that threw costs its findings only; the report is incomplete, and says so.
      for (const failure of analysis.failures ?? []) {
        say(format(locale, cliMessages.internalError, { path: file, reason: failure.split('\n')[0] }));
        unreadable = true;
      }
      reports.push({ path: file, diagnostics: analysis.diagnostics.map((d) => toOutputDiagnostic(d, place)) });
    } catch (e) {
      say(format(locale, cliMessages.internalError, { path: file, reason: (e as Error)?.message ?? String(e) }));
      unreadable = true;
    }
  }

  if (options.format === 'json') sys.stdout(formatJson(reports));
  else if (options.format === 'sarif') sys.stdout(formatSarif(reports, locale, packageVersion));
  else if (reports.length > 0 || !unreadable) sys.stdout(formatText(reports, locale));

  if (unreadable) return EXIT_USAGE;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 1)) ? EXIT_ERRORS : EXIT_OK;
}

/** What a PDF or Word input gives: its text, and the page of each line (PDF). */
interface DocumentInput {
  text: string;
  linePages?: number[];
}

/**
 * Reads and decodes one input file (a PDF or Word file: reads its text); on failure says why on
 * stderr and returns undefined.
 */
async function readInput(sys: CliIO, file: string, locale: Locale, say: (t: string) => void): Promise<string | DocumentInput | undefined> {
  const read = await readInputFile(path.resolve(sys.cwd, file));
  if ('failure' in read) {
    if (read.failure === 'directory') say(format(locale, cliMessages.isDirectory, { path: file }));
    else if (read.failure === 'too-large') say(describeInputError(locale, 'too-large', file, read.detail));
    else if (read.error.code === 'ENOENT' || read.error.code === 'ENOTDIR') say(format(locale, cliMessages.notFound, { path: file }));
    else say(format(locale, cliMessages.unreadable, { path: file, reason: read.error.code ?? read.error.message }));
    return undefined;
  }
  const bytes = read.bytes;
  if (isDocumentFile(bytes, file)) return readDocument(bytes, file, locale, say);
  return decode(bytes, file, locale, say);
}

/** A PDF or Word file's text; its reader's warnings on stderr; undefined when it gave no text. */
async function readDocument(bytes: Buffer, file: string, locale: Locale, say: (t: string) => void): Promise<DocumentInput | undefined> {
  const doc = await extractDocument(bytes, file);
  const detail = doc.warnings.map((w) => (w.detail ? `${w.code}: ${w.detail}` : w.code)).join('; ');
  if (doc.text.trim() === '') {
    say(format(locale, cliMessages.unreadable, { path: file, reason: format(locale, cliMessages.documentNoText, { detail: detail || doc.format }) }));
    return undefined;
  }
  if (detail) say(format(locale, cliMessages.inputWarning, { path: file, warning: format(locale, cliMessages.documentProblem, { detail }) }));
  return { text: doc.text, linePages: doc.linePages };
}

async function readStdinInput(sys: CliIO, locale: Locale, say: (t: string) => void): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await sys.readStdin(DEFAULT_MAX_BYTES);
  } catch (e) {
    say(format(locale, cliMessages.unreadable, { path: STDIN_NAME, reason: (e as Error)?.message ?? String(e) }));
    return undefined;
  }
  if (bytes.length > DEFAULT_MAX_BYTES) {
    // Reading stopped past the limit: how long the input really is, nobody knows.
    say(describeInputError(locale, 'too-large', STDIN_NAME, overLimitDetail()));
    return undefined;
  }
  return decode(bytes, STDIN_NAME, locale, say);
}

function decode(bytes: Buffer, file: string, locale: Locale, say: (t: string) => void): string | undefined {
  try {
    const decoded = decodeInput(bytes, file);
    for (const w of decoded.warnings) {
      say(format(locale, cliMessages.inputWarning, { path: file, warning: describeInputWarning(locale, w) }));
    }
    return decoded.text;
  } catch (e) {
    if (e instanceof InputError) say(describeInputError(locale, e.code, file, e.detail));
    else say(format(locale, cliMessages.unreadable, { path: file, reason: (e as Error)?.message ?? String(e) }));
    return undefined;
  }
}
