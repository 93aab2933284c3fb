/**
 * `resolution-export`: writes a draft as a Word document with its departures from agreed
 * language as tracked changes (service/negotiation).
 *
 *   resolution-export [--corpus PATH]... [--no-default-corpus] [--cache-dir PATH | --no-cache]
 *                     [--precedent SYMBOL] [--no-revisions] [--no-comments] [--force]
 *                     [--locale zh|en|fr|es|ru|ar] -o OUT.docx FILE
 *   resolution-export --compare SYMBOL_OR_FILE [--html OUT.html] [-o OUT.docx] [options] FILE
 *
 * Exit status: 0 written, 2 bad usage, an unreadable input or an output that cannot be written.
 * An existing output file is never overwritten without --force.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import { formatCorpusWarning, type Corpus, type CorpusDocument } from '../service/corpus';
import { LOCALES, type Locale } from '../service/i18n';
import { createLanguageService } from '../service/languageService';
import type { ResolutionDocument } from '../service/model';
import { compareWithPrecedent } from '../service/negotiation/compare';
import { compareHtml, compareText } from '../service/negotiation/compareReport';
import { writeDocx } from '../service/negotiation/docxWriter';
import { buildExportPlan, type ExportOptions } from '../service/negotiation/exportPlan';
import { defaultSettings } from '../service/options';
import { decodeInput, describeInputError, InputError } from '../service/text/encoding';
import { cacheDirOf, EXIT_OK, EXIT_USAGE, processIO, type CommandIO } from './command';
import { localeFromEnv, localeOption } from './locale';
import { readInputFile } from './readInput';
import { selfInCorpus } from './selfInCorpus';

export const USAGE = `Usage: resolution-export [options] -o OUT.docx FILE
       resolution-export --compare SYMBOL_OR_FILE [--html OUT.html] [-o OUT.docx] [options] FILE

Writes FILE as a Word document: each paragraph near agreed language is the precedent's text with
the differences as tracked changes (author "Agreed language"), with a comment naming the source.
Accepting all changes gives the draft. With --compare, prints FILE paragraph by paragraph against
one precedent (a corpus symbol or a file): unchanged, technical updates, changed, new, deleted, moved.

Options:
  -o, --output OUT.docx    where to write (required unless --compare)
  --compare SYMBOL_OR_FILE compare with this precedent
  --html OUT.html          with --compare: the aligned table as a web page
  --force                  overwrite the output files if they exist
  --precedent SYMBOL       compare with this resolution only (e.g. A/RES/79/194); default: the best source of each paragraph
  --no-revisions           no tracked changes (comments only)
  --no-comments            no comments
  --corpus PATH            precedent files or folders (repeatable)
  --no-default-corpus      leave out the built-in precedents
  --cache-dir PATH | --no-cache
  --locale zh|en|fr|es|ru|ar
                           language of comments and messages
`;

export type ExportIO = CommandIO;

interface Args {
  file?: string;
  output?: string;
  compare?: string;
  html?: string;
  force: boolean;
  corpus: string[];
  defaultCorpus: boolean;
  cache: boolean;
  cacheDir?: string;
  locale?: Locale;
  export: ExportOptions;
  help: boolean;
}

function parse(argv: string[]): Args | string {
  const a: Args = { force: false, corpus: [], defaultCorpus: true, cache: true, export: {}, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string | undefined => (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : undefined);
    switch (arg) {
      case '-h':
      case '--help':
        a.help = true;
        break;
      case '-o':
      case '--output':
        a.output = value();
        if (!a.output) return `${arg} needs a file name`;
        break;
      case '--force':
        a.force = true;
        break;
      case '--compare':
        a.compare = value();
        if (!a.compare) return `${arg} needs a symbol or a file`;
        break;
      case '--html':
        a.html = value();
        if (!a.html) return `${arg} needs a file name`;
        break;
      case '--precedent': {
        const v = value();
        if (!v) return `${arg} needs a symbol`;
        a.export.precedent = v;
        break;
      }
      case '--no-revisions':
        a.export.revisions = false;
        break;
      case '--no-comments':
        a.export.comments = false;
        break;
      case '--corpus': {
        const v = value();
        if (!v) return `${arg} needs a path`;
        a.corpus.push(v);
        break;
      }
      case '--no-default-corpus':
        a.defaultCorpus = false;
        break;
      case '--no-cache':
        a.cache = false;
        break;
      case '--cache-dir':
        a.cacheDir = value();
        if (!a.cacheDir) return `${arg} needs a folder`;
        break;
      case '--locale': {
        const v = value();
        const locale = v === undefined ? undefined : localeOption(v);
        if (!locale) return `--locale takes ${LOCALES.join(', ')}`;
        a.locale = locale;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
        if (a.file) return `one input file only (got ${a.file} and ${arg})`;
        a.file = arg;
    }
  }
  return a;
}

export async function main(argv: string[], io: Partial<ExportIO> = {}): Promise<number> {
  const sys: ExportIO = { ...processIO(), ...io };
  const say = (t: string) => sys.stderr(`resolution-export: ${t}\n`);
  const args = parse(argv);
  if (typeof args === 'string') {
    say(args);
    say('see resolution-export --help');
    return EXIT_USAGE;
  }
  if (args.help) {
    sys.stdout(USAGE);
    return EXIT_OK;
  }
  if (!args.file || (!args.output && !args.compare)) {
    say(!args.file ? 'no input file' : 'no output file (-o OUT.docx)');
    say('see resolution-export --help');
    return EXIT_USAGE;
  }
  const locale = args.locale ?? localeFromEnv(sys.env);
  const input = path.resolve(sys.cwd, args.file);
  const outputs = [args.output, args.html].filter((o): o is string => o !== undefined);
  const read = await readInputFile(input);
  if ('failure' in read) {
    if (read.failure === 'too-large') say(describeInputError(locale, 'too-large', args.file, read.detail));
    else say(`cannot read ${args.file}: ${read.failure === 'directory' ? 'EISDIR' : (read.error.code ?? read.error.message)}`);
    return EXIT_USAGE;
  }
  let text: string;
  try {
    text = decodeInput(read.bytes, args.file).text;
  } catch (e) {
    if (e instanceof InputError) say(describeInputError(locale, e.code, args.file, e.detail));
    else {
      const err = e as NodeJS.ErrnoException;
      say(`cannot read ${args.file}: ${err.code ?? err.message}`);
    }
    return EXIT_USAGE;
  }
  if (!args.force) {
    for (const o of outputs) {
      try {
        await fsp.access(path.resolve(sys.cwd, o));
        say(`${o} exists; use --force to overwrite it`);
        return EXIT_USAGE;
      } catch {
        // absent: fine
      }
    }
  }
  const write = async (name: string, bytes: Buffer | string): Promise<boolean> => {
    try {
      await fsp.writeFile(path.resolve(sys.cwd, name), bytes, { flag: args.force ? 'w' : 'wx' });
      return true;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      say(err.code === 'EEXIST' ? `${name} exists; use --force to overwrite it` : `cannot write ${name}: ${err.code ?? err.message}`);
      return false;
    }
  };
  const corpus = await sys.loadCorpus({
    paths: args.corpus.map((p) => path.resolve(sys.cwd, p)),
    includeBuiltIn: args.defaultCorpus,
    cacheDir: cacheDirOf(args, sys),
  });
  for (const w of corpus.warnings) if (w.code !== 'empty-corpus') say(formatCorpusWarning(locale, w));
  const service = createLanguageService({ corpus, settings: defaultSettings(locale) });
  const analysis = service.analyze(text, undefined, { excludeDocIds: selfInCorpus(corpus)(input) });
  if (args.compare) return compare(args, corpus, analysis.document, locale, sys, say, write);
  if (args.export.precedent && !corpus.documents.some((d) => d.meta.symbol && sameSymbol(d.meta.symbol, args.export.precedent!))) {
    say(`precedent ${args.export.precedent} is not in the corpus; every paragraph is exported as new language`);
  }
  const plan = buildExportPlan(analysis.document, analysis.agreements, { ...args.export, locale });
  for (const w of plan.warnings) say(`${args.file}: ${w}`);
  if (!(await write(args.output!, await writeDocx(plan)))) return EXIT_USAGE;
  const s = plan.summary;
  sys.stdout(`${args.output}: ${s.exact} unchanged, ${s.technical} technical updates, ${s.changed} changed, ${s.partial} partly reused, ${s.new} new\n`);
  return EXIT_OK;
}

/** `--compare`: the draft against one precedent, printed, and written as HTML and .docx when asked. */
async function compare(
  args: Args,
  corpus: Corpus,
  draft: ResolutionDocument,
  locale: Locale,
  sys: ExportIO,
  say: (t: string) => void,
  write: (name: string, bytes: Buffer | string) => Promise<boolean>,
): Promise<number> {
  const wanted = args.compare!;
  let precedent: CorpusDocument | undefined;
  const asFile = path.resolve(sys.cwd, wanted);
  if (await fsp.stat(asFile).then((st) => st.isFile(), () => false)) {
    const own = await sys.loadCorpus({ paths: [asFile], includeBuiltIn: false });
    precedent = own.documents[0];
    if (!precedent) say(`${wanted} holds no resolution paragraphs`);
  } else {
    precedent = corpus.documents.find((d) => d.meta.symbol && sameSymbol(d.meta.symbol, wanted));
    if (!precedent) say(`precedent ${wanted} not found: neither a file nor a symbol in the corpus`);
  }
  if (!precedent) return EXIT_USAGE;
  const cmp = compareWithPrecedent(draft, precedent, defaultSettings(locale));
  sys.stdout(compareText(cmp));
  if (args.html && !(await write(args.html, compareHtml(cmp, `${args.file} / ${cmp.precedent.citation}`)))) return EXIT_USAGE;
  if (args.output) {
    const plan = buildExportPlan(draft, cmp.agreements, { ...args.export, locale });
    if (!(await write(args.output, await writeDocx(plan)))) return EXIT_USAGE;
  }
  return EXIT_OK;
}

function sameSymbol(a: string, b: string): boolean {
  const n = (s: string) => s.replace(/\s+/g, '').toUpperCase();
  return n(a) === n(b) || n(a).endsWith(`/${n(b)}`);
}
