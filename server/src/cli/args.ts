/** Command-line arguments of `resolution-lint`. */
import type { Locale, Message } from '../service/i18n';
import { localeOption } from './locale';
import { cliMessages } from './messages';
import { appendAll } from '../service/text/arrays';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  files: string[];
  corpus: string[];
  defaultCorpus: boolean;
  /** --cache-dir: where the corpus index is persisted; undefined = the default location. */
  cacheDir?: string;
  /** --no-cache: do not read or write a persisted index. */
  cache: boolean;
  format: OutputFormat;
  /** --corpus-max-files: most files read from the corpus folders (undefined = the corpus default). */
  corpusMaxFiles?: number;
  /** --corpus-max-mb: most megabytes of corpus files read in all (undefined = the corpus default). */
  corpusMaxMB?: number;
  /** Set when --locale was given. */
  locale?: Locale;
  help: boolean;
  version: boolean;
}

export interface UsageError {
  message: Message;
  args: Record<string, string>;
}

export function parseArgs(argv: string[]): { options: CliOptions } | { error: UsageError; options: Partial<CliOptions> } {
  const options: CliOptions = { files: [], corpus: [], defaultCorpus: true, cache: true, format: 'text', help: false, version: false };
  const fail = (message: Message, args: Record<string, string> = {}) => ({ error: { message, args }, options });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      appendAll(options.files, argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      options.files.push(arg);
      continue;
    }
    // --name=value or --name value
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return undefined;
      i++;
      return next;
    };
    const noValue = () => inline === undefined;
    switch (name) {
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '--version':
        options.version = true;
        break;
      case '--no-default-corpus':
        if (!noValue()) return fail(cliMessages.unknownOption, { option: arg });
        options.defaultCorpus = false;
        break;
      case '--no-cache':
        if (!noValue()) return fail(cliMessages.unknownOption, { option: arg });
        options.cache = false;
        break;
      case '--cache-dir': {
        const v = value();
        if (!v) return fail(cliMessages.missingValue, { option: name });
        options.cacheDir = v;
        break;
      }
      case '--corpus': {
        const v = value();
        if (!v) return fail(cliMessages.missingValue, { option: name });
        options.corpus.push(v);
        break;
      }
      case '--corpus-max-files':
      case '--corpus-max-mb': {
        const v = value();
        if (!v) return fail(cliMessages.missingValue, { option: name });
        if (!/^[1-9]\d{0,8}$/.test(v)) return fail(cliMessages.badCount, { option: name, value: v });
        if (name === '--corpus-max-files') options.corpusMaxFiles = Number(v);
        else options.corpusMaxMB = Number(v);
        break;
      }
      case '--format': {
        const v = value();
        if (!v) return fail(cliMessages.missingValue, { option: name });
        if (v !== 'text' && v !== 'json' && v !== 'sarif') return fail(cliMessages.badFormat, { value: v });
        options.format = v;
        break;
      }
      case '--locale': {
        const v = value();
        if (!v) return fail(cliMessages.missingValue, { option: name });
        const locale = localeOption(v);
        if (!locale) return fail(cliMessages.badLocale, { value: v });
        options.locale = locale;
        break;
      }
      default:
        return fail(cliMessages.unknownOption, { option: arg });
    }
  }
  return { options };
}
