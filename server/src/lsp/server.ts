/**
 * The LSP wrapper: document sync, debounced diagnostics, settings, corpus
 * loading and the requests. Every result comes from the pure service
 * (`../service`); this file only converts and routes.
 */
import * as path from 'path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type CodeAction,
  type CompletionItem,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { lineStartsDocuments, type LineStartsDocument } from './lineStartsDocument';
import { URI } from 'vscode-uri';
import { createLanguageService, type Analysis, type LanguageService } from '../service/languageService';
import type { ServiceDiagnostic } from '../service/model';
import { ruleDocsUrl } from '../service/rules/docsUrl';
import { createResolutionLanguageService, type ResolutionLanguageService } from '../service/facade';
import type { CancellationFlag } from '../service/cancellation';
import { corpusFile, corpusUri, lineOf } from './corpusFiles';
import { CorpusManager } from './corpusManager';
import { registerExtractDocument } from './extractDocumentHandler';
import { registerSourceText } from './sourceTextHandler';
import { registerNegotiationRequests } from './negotiation';
import {
  FindPrecedentRequest,
  RebuildIndexRequest,
  ReportRequest,
  SETTINGS_SECTION,
  StatusNotification,
  WorkspaceTrustedNotification,
  type FindPrecedentParams,
  type FindPrecedentResult,
  type RebuildIndexResult,
  type ReportParams,
  type ReportResult,
  type StatusParams,
} from './protocol';
import { mergeSettings, resolveSettings, sameCorpusOptions, type ServerOptions } from './settings';
import { CONFIG_WATCH_PATTERNS, ProjectConfigs } from './projectConfig';
import { isCancelled } from '../service/cancellation';
import { AnalysisWorker, DocumentAnalyses, WORKER_MIN_CHARS, yieldToEventLoop } from './scheduler';

export interface ServerHandle {
  /** Resolves when the corpus has finished (re)loading. */
  corpusReady(): Promise<void>;
}

export function startServer(connection: Connection): ServerHandle {
  // the open documents' text, line starts in one typed array (lineStartsDocument.ts): a 20 MB draft's
  // table in the library's number array took ~300 MB and held the main thread 1.4 s at its first keystroke
  const documents = new TextDocuments(lineStartsDocuments);
  let capabilities: ClientCapabilities = {};
  let clientLocale: string | undefined;
  let initOptions: unknown;
  let workspaceRoot: string | undefined;
  let userSettings: unknown;
  let options: ServerOptions = resolveSettings(undefined, undefined);
  let service: LanguageService = createLanguageService({ settings: options.service });
  /** Bumped whenever settings or the corpus change: cached analyses are stale. */
  let stamp = 0;
  const timers = new Map<string, NodeJS.Timeout>();

  const log = (msg: string) => connection.console.log(`[resolution] ${msg}`);
  const logError = (what: string, e: unknown) =>
    connection.console.error(`[resolution] ${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);

  const corpus = new CorpusManager(
    connection,
    () => capabilities,
    (what) => {
      if (what === 'status') {
        // A load has started: the corpus in use is unchanged, so the analyses stand; say "indexing".
        sendStatusAll();
        return;
      }
      service.corpus = corpus.corpus;
      stamp++;
      revalidateAll();
    },
    log,
  );

  // The project configuration files (.resolutionrc.json): see projectConfig.ts.
  const projectConfigs = new ProjectConfigs({
    userSettings: () => mergeSettings(initOptions, userSettings),
    clientLocale: () => clientLocale,
    trusted: () => workspaceTrusted,
    baseService: () => service,
    publish: (file, diagnostics) => void connection.sendDiagnostics({ uri: URI.file(file).toString(), diagnostics: diagnostics.map(toLspDiagnostic) }),
  });

  // Large documents are parsed off the main thread, and a newer version cancels the analysis of an older
  // one, so that one huge document never stalls the others (scheduler.ts).
  const analyses = new DocumentAnalyses(
    { service: (uri) => projectConfigs.serviceFor(uri), stamp: () => stamp, excludeDocIds: (uri) => selfInCorpus(uri), logError },
    new AnalysisWorker(AnalysisWorker.locate(), log),
  );

  /** Ids of corpus documents read from the same file as this document (it is not a precedent of itself). */
  function selfInCorpus(uri: string): string[] {
    const c = service.corpus;
    if (!c || !uri.startsWith('file:')) return [];
    let file: string;
    try {
      file = path.resolve(URI.parse(uri).fsPath);
    } catch {
      return [];
    }
    return c.documents.filter((d) => corpusFile(d.meta.path) === file).map((d) => d.meta.id);
  }

  /** The facade over a language service (its corpus and settings are read at each call). */
  const facades = new WeakMap<LanguageService, ResolutionLanguageService>();
  function facadeOf(s: LanguageService): ResolutionLanguageService {
    let f = facades.get(s);
    if (!f) facades.set(s, (f = createResolutionLanguageService(s)));
    return f;
  }

  /**
   * An open document once its current version is analysed (a cancelled request stops waiting), with the facade
   * of its project's service; the corpus is the server's current one.
   */
  async function docFor(uri: string, token?: CancellationToken): Promise<{ analysis: Analysis; features: ResolutionLanguageService } | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const analysis = await analyses.analysis(doc, token);
    // serviceFor gives the project's service, on the server's current corpus
    return { analysis, features: facadeOf(projectConfigs.serviceFor(uri)) };
  }

  /** The request's token as the service's plain cancellation flag. */
  const flag = (token: CancellationToken | undefined): CancellationFlag | undefined => token;

  function toLspDiagnostic(d: ServiceDiagnostic): Diagnostic {
    const out: Diagnostic = { range: d.range, severity: d.severity, code: d.code, source: d.source, message: d.message };
    if (d.data !== undefined) out.data = d.data;
    // The rule's documentation page (docs/rules/<code>.md in the repository).
    const href = ruleDocsUrl(d.code);
    if (href) out.codeDescription = { href };
    return out;
  }

  function statusOf(uri: string | undefined, analysis: Analysis | undefined): StatusParams {
    let agreedShare = 0;
    if (analysis) {
      try {
        agreedShare = facadeOf(service).agreedShare(analysis);
      } catch (e) {
        logError('status', e);
      }
    }
    return {
      ...(uri ? { uri } : {}),
      agreedShare,
      problems: analysis?.diagnostics.filter((d) => d.severity <= 2).length ?? 0,
      corpusDocuments: corpus.documents,
      indexing: corpus.indexing,
    };
  }

  function validate(uri: string): void {
    const doc = documents.get(uri);
    if (!doc) return;
    analyses.analysis(doc).then(
      (analysis) => {
        // closed, or a newer version is on its way: its own analysis will publish
        if (documents.get(uri)?.version !== doc.version) return;
        void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: analysis.diagnostics.map(toLspDiagnostic) });
        void connection.sendNotification(StatusNotification, statusOf(uri, analysis));
      },
      (e) => {
        if (!isCancelled(e)) logError(`analysis of ${uri}`, e);
      },
    );
  }

  function schedule(uri: string, delay = options.debounceMs): void {
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        validate(uri);
      }, delay),
    );
  }

  function sendStatusAll(): void {
    const all = documents.all();
    for (const d of all) {
      const latest = analyses.latest(d.uri);
      if (latest) void connection.sendNotification(StatusNotification, statusOf(d.uri, latest));
      else schedule(d.uri, 0);
    }
    if (!all.length) void connection.sendNotification(StatusNotification, statusOf(undefined, undefined));
  }

  function revalidateAll(): void {
    const all = documents.all();
    for (const d of all) schedule(d.uri, 0);
    if (!all.length) void connection.sendNotification(StatusNotification, statusOf(undefined, undefined));
  }

  function resolveFolders(folders: string[]): string[] {
    return folders.map((f) => {
      let p = f;
      if (p.startsWith('file:')) p = URI.parse(p).fsPath;
      if (p.startsWith('~/') && process.env.HOME) p = path.join(process.env.HOME, p.slice(2));
      return path.isAbsolute(p) ? p : path.resolve(workspaceRoot ?? process.cwd(), p);
    });
  }

  function cacheDir(): string | undefined {
    const o = initOptions as { cacheDir?: unknown } | undefined;
    return typeof o?.cacheDir === 'string' ? o.cacheDir : undefined;
  }

  /** False in an untrusted workspace (VS Code's Restricted Mode, told by the client); other clients are trusted. */
  let workspaceTrusted = true;

  /** Corpus folders the settings may name: in an untrusted workspace only the user's own (never the workspace's). */
  function allowedFolders(folders: string[]): string[] {
    if (workspaceTrusted) return folders;
    const user = (initOptions as { userCorpusFolders?: unknown } | undefined)?.userCorpusFolders;
    return Array.isArray(user) ? user.filter((f): f is string => typeof f === 'string') : [];
  }

  function applySettings(raw: unknown, first = false): void {
    const previous = options;
    userSettings = raw;
    options = resolveSettings(mergeSettings(initOptions, raw), clientLocale);
    options.corpusFolders = resolveFolders(allowedFolders(options.corpusFolders));
    for (const f of projectConfigs.corpusFolders(documents.all().map((d) => d.uri))) if (!options.corpusFolders.includes(f)) options.corpusFolders.push(f);
    // Same service settings (the first configuration usually repeats initializationOptions): keep the service
    // and its analyses. Re-creating it re-analysed every open document; a 12 MB draft took a minute again.
    if (JSON.stringify(previous.service) !== JSON.stringify(options.service)) {
      const keepCorpus = service.corpus;
      service = createLanguageService({ corpus: keepCorpus, settings: options.service });
      stamp++;
    }
    if (first || !sameCorpusOptions(previous, options)) {
      void corpus.load({ folders: options.corpusFolders, includeBuiltIn: options.includeBuiltIn, cacheDir: cacheDir(), ...options.corpusLimits });
    }
    revalidateAll();
  }

  async function fetchSettings(): Promise<unknown> {
    if (!capabilities.workspace?.configuration) return userSettings;
    try {
      return await connection.workspace.getConfiguration(SETTINGS_SECTION);
    } catch (e) {
      logError('workspace/configuration', e);
      return userSettings;
    }
  }

  /** Runs a request handler; failures become error responses (a cancelled request: RequestCancelled) and the server keeps going. */
  function guard<P, R>(name: string, fn: (params: P, token?: CancellationToken) => R | Promise<R>): (params: P, token?: CancellationToken) => Promise<R> {
    return async (params: P, token?: CancellationToken) => {
      try {
        return await fn(params, token);
      } catch (e) {
        if (isCancelled(e)) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
        logError(name, e);
        if (e instanceof ResponseError) throw e;
        throw new ResponseError(ErrorCodes.InternalError, `${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities ?? {};
    clientLocale = params.locale;
    initOptions = params.initializationOptions;
    workspaceTrusted = (initOptions as { workspaceTrusted?: unknown } | undefined)?.workspaceTrusted !== false;
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    try {
      workspaceRoot = root ? URI.parse(root).fsPath : (params.rootPath ?? undefined);
    } catch {
      workspaceRoot = undefined;
    }
    options = resolveSettings(initOptions, clientLocale);
    service = createLanguageService({ settings: options.service });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, CodeActionKind.Empty] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentLinkProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: ['>', '^'], resolveProvider: false },
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'resolution-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    try {
      if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
      }
    } catch (e) {
      logError('register didChangeConfiguration', e);
    }
    try {
      // Project configuration files: a change, a new or a deleted one applies at once.
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_WATCH_PATTERNS.map((globPattern) => ({ globPattern })) });
      }
    } catch (e) {
      logError('register configuration file watchers', e);
    }
    applySettings(await fetchSettings(), true);
  });

  connection.onDidChangeConfiguration(async (change) => {
    try {
      let raw: unknown;
      if (capabilities.workspace?.configuration) raw = await fetchSettings();
      else {
        const s = change.settings as Record<string, unknown> | undefined;
        raw = s && typeof s === 'object' && SETTINGS_SECTION in s ? s[SETTINGS_SECTION] : s;
      }
      applySettings(raw);
    } catch (e) {
      logError('didChangeConfiguration', e);
    }
  });

  connection.onNotification(WorkspaceTrustedNotification, async () => {
    try {
      if (workspaceTrusted) return;
      workspaceTrusted = true;
      log('workspace trusted: corpus folders from workspace settings are read');
      projectConfigs.republish();
      applySettings(await fetchSettings());
    } catch (e) {
      logError('workspaceTrusted', e);
    }
  });

  connection.onNotification(DidChangeWatchedFilesNotification.type, (params) => {
    try {
      corpus.onWatchedFiles(params.changes);
      if (projectConfigs.onWatchedFiles(params.changes)) applySettings(userSettings);
    } catch (e) {
      logError('didChangeWatchedFiles', e);
    }
  });

  // A document seen for the first time is analysed at once; edits wait for the debounce.
  documents.onDidChangeContent((e) => {
    if (e.document.getText().length >= WORKER_MIN_CHARS) void buildLineTable(e.document);
    const seen = analyses.latest(e.document.uri) !== undefined;
    analyses.cancelStale(e.document.uri, e.document.version);
    schedule(e.document.uri, seen ? options.debounceMs : 0);
  });
  /** A large document's line table, built 1M characters at a time between other work (see `buildSome`). */
  async function buildLineTable(doc: LineStartsDocument): Promise<void> {
    try {
      while (!doc.buildSome(1 << 20)) {
        await yieldToEventLoop();
        if (documents.get(doc.uri) !== doc) return; // closed
      }
    } catch (err) {
      logError('line table', err);
    }
  }
  // A draft under a configuration file that names corpus folders not read yet: read them.
  documents.onDidOpen((e) => {
    try {
      if (projectConfigs.corpusFolders([e.document.uri]).some((f) => !options.corpusFolders.includes(f))) applySettings(userSettings);
    } catch (err) {
      logError('project configuration', err);
    }
  });
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    analyses.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(
    guard('hover', async (p, token) => {
      const d = await docFor(p.textDocument.uri, token);
      const h = d && d.features.hover(d.analysis, p.position, flag(token));
      return h ? { contents: { kind: 'markdown' as const, value: h.contents }, range: h.range } : null;
    }),
  );

  connection.onCodeAction(
    guard('codeAction', async (p, token) => {
      const doc = await docFor(p.textDocument.uri, token);
      if (!doc) return [];
      const actions = doc.features.codeActions(
        doc.analysis,
        p.range,
        p.context.diagnostics.map((d) => ({ range: d.range, code: String(d.code ?? ''), message: typeof d.message === 'string' ? d.message : d.message.value, data: d.data })),
        flag(token),
      );
      const only = p.context.only;
      return actions
        .filter((a) => !only?.length || only.some((k) => a.kind === k || a.kind.startsWith(k + '.') || k === ''))
        .map((a): CodeAction => {
          const out: CodeAction = { title: a.title, kind: a.kind };
          if (a.edits) out.edit = { changes: { [p.textDocument.uri]: a.edits } };
          if (a.command) out.command = a.command;
          if (a.diagnostics?.length) out.diagnostics = a.diagnostics.map((d) => toLspDiagnostic(d));
          if (a.isPreferred) out.isPreferred = true;
          return out;
        });
    }),
  );

  connection.onDocumentSymbol(
    guard('documentSymbol', async (p, token) => {
      const d = await docFor(p.textDocument.uri, token);
      return (d ? d.features.documentSymbols(d.analysis, flag(token)) : []) as DocumentSymbol[];
    }),
  );

  connection.onFoldingRanges(
    guard('foldingRange', async (p, token) => {
      const d = await docFor(p.textDocument.uri, token);
      return d ? d.features.foldingRanges(d.analysis, flag(token)) : [];
    }),
  );

  connection.onDefinition(
    guard('definition', async (p, token) => {
      const d = await docFor(p.textDocument.uri, token);
      return d ? d.features.definition(d.analysis, p.position, flag(token)).map((range) => ({ uri: p.textDocument.uri, range })) : [];
    }),
  );

  connection.onReferences(
    guard('references', async (p, token) => {
      const d = await docFor(p.textDocument.uri, token);
      return d ? d.features.references(d.analysis, p.position, p.context.includeDeclaration, flag(token)).map((range) => ({ uri: p.textDocument.uri, range })) : [];
    }),
  );

  connection.onDocumentLinks(
    guard('documentLink', async (p, token) => {
      const d = await docFor(p.textDocument.uri, token);
      if (!d) return [];
      const out = [];
      for (const l of d.features.documentLinks(d.analysis, flag(token))) {
        const uri = corpusUri(l.docPath);
        if (!uri) continue;
        const number = l.symbol?.replace(/^.*\/RES\//, '');
        const line = (number ? lineOf(l.docPath, `${number}.`) : undefined) ?? 0;
        out.push({ range: l.range, target: `${uri}#L${line + 1}`, tooltip: l.tooltip });
      }
      return out;
    }),
  );

  connection.onCompletion(
    guard('completion', async (p, token) => {
      const d = await docFor(p.textDocument.uri, token);
      if (!d) return [];
      return d.features.completion(d.analysis, p.position, flag(token)).map(
        (c): CompletionItem => ({
          label: c.label,
          kind: c.kind as CompletionItem['kind'],
          detail: c.detail,
          ...(c.documentation ? { documentation: { kind: 'markdown', value: c.documentation } } : {}),
          textEdit: c.textEdit,
          filterText: c.filterText,
          sortText: c.sortText,
        }),
      );
    }),
  );

  /** Requests about the corpus wait for a load in progress (bounded), rather than answer from no corpus. */
  async function corpusSettled(): Promise<void> {
    if (!corpus.unsettled) return;
    await Promise.race([corpus.ready(), new Promise((r) => setTimeout(r, 30_000))]);
  }

  connection.onRequest(
    FindPrecedentRequest,
    guard('findPrecedent', async (p: FindPrecedentParams, token?: CancellationToken): Promise<FindPrecedentResult> => {
      if (!p || typeof p !== 'object') throw new ResponseError(ErrorCodes.InvalidParams, 'expected {uri, range} or {text}');
      await corpusSettled();
      const c = service.corpus;
      if (!c) return [];
      let text: string;
      let excludeDocIds: Iterable<string> = [];
      if ('text' in p && typeof p.text === 'string') text = p.text;
      else if ('uri' in p && typeof p.uri === 'string' && p.range) {
        const d = await docFor(p.uri, token);
        if (!d) throw new ResponseError(ErrorCodes.InvalidParams, `document not open: ${p.uri}`);
        text = d.features.cleanTextOfRange(d.analysis, p.range, flag(token));
        excludeDocIds = d.analysis.excludeDocIds ?? [];
      } else throw new ResponseError(ErrorCodes.InvalidParams, 'expected {uri, range} or {text}');
      const limit = typeof p.limit === 'number' && p.limit > 0 ? Math.min(p.limit, 100) : 20;
      return facadeOf(service).findPrecedents(text, { limit, excludeDocIds }, flag(token)).map(({ date, ...m }) => {
        const docUri = corpusUri(m.docPath);
        const line = lineOf(m.docPath, m.text);
        return { ...m, ...(date ? { date } : {}), ...(docUri ? { docUri } : {}), ...(line !== undefined ? { line } : {}) };
      });
    }),
  );

  connection.onRequest(
    ReportRequest,
    guard('report', async (p: ReportParams, token?: CancellationToken): Promise<ReportResult> => {
      await corpusSettled();
      const d = p && typeof p.uri === 'string' ? await docFor(p.uri, token) : undefined;
      if (!d) throw new ResponseError(ErrorCodes.InvalidParams, `document not open: ${String(p?.uri)}`);
      const r = d.features.agreementReport(d.analysis, flag(token));
      if (!r) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'report cancelled');
      return { uri: p.uri, paragraphs: r.paragraphs, counts: r.counts, agreedShare: r.agreedShare, markdown: r.markdown };
    }),
  );

  // the open document's analysis as for the other requests (docFor), cancellation mapped by guard
  registerNegotiationRequests(connection, { doc: docFor, settled: corpusSettled, guard });

  connection.onRequest(
    RebuildIndexRequest,
    guard('rebuildIndex', async (): Promise<RebuildIndexResult> => {
      await corpus.load({ folders: options.corpusFolders, includeBuiltIn: options.includeBuiltIn, cacheDir: cacheDir(), ...options.corpusLimits });
      const c = corpus.corpus;
      return {
        corpusDocuments: c?.documents.length ?? 0,
        paragraphs: c?.documents.reduce((n, d) => n + d.paragraphs.length, 0) ?? 0,
        warnings: c?.warnings.length ?? 0,
      };
    }),
  );

  registerExtractDocument(connection, logError);
  registerSourceText(connection, { features: () => facadeOf(service), settled: corpusSettled }, logError);

  connection.onShutdown(() => {
    corpus.dispose();
    analyses.dispose();
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
  return { corpusReady: () => corpus.ready() };
}
