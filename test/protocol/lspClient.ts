/**
 * A minimal LSP client for the protocol tests and the LSP benchmark: spawns the
 * built server (`dist/server.js --stdio`) and talks JSON-RPC to it as an editor
 * would, answering `workspace/configuration`, registrations and progress.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver/node';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVER = path.join(ROOT, 'dist/server.js');
export const SEEDS = path.join(ROOT, 'seeds');

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
  data?: unknown;
}
export interface TextEdit {
  range: Range;
  newText: string;
}

/** Builds dist/ once when the server bundle is missing (npm test builds before mocha). */
export function ensureBuilt(): void {
  if (fs.existsSync(SERVER) && !process.env.RESOLUTION_REBUILD) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

export interface ClientOptions {
  locale?: string;
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  /** Client capabilities to merge in (e.g. dynamic registration for watched files). */
  capabilities?: Record<string, unknown>;
  rootPath?: string;
  /** Extra Node options for the server process (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

export class TestClient {
  readonly diagnostics = new Map<string, { version?: number; diagnostics: Diagnostic[]; at: number }>();
  /** Every publishDiagnostics received, in order (uri, version, count). */
  readonly published: Array<{ uri: string; version?: number; count: number }> = [];
  readonly statuses: Array<Record<string, unknown>> = [];
  readonly progress: Array<{ token: unknown; value: { kind: string; percentage?: number; message?: string; title?: string } }> = [];
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = [];
  readonly logs: string[] = [];
  configurationRequests = 0;
  settings: Record<string, unknown>;
  private waiters: Array<() => void> = [];
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();
  readonly startedAt = Date.now();

  private constructor(
    readonly proc: ChildProcess,
    readonly connection: MessageConnection,
    options: ClientOptions,
  ) {
    this.settings = options.settings ?? {};
  }

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    ensureBuilt();
    const proc = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, connection, options);
    proc.stderr!.on('data', (d: Buffer) => client.logs.push(d.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      client.diagnostics.set(p.uri, { version: p.version, diagnostics: p.diagnostics, at: Date.now() });
      client.published.push({ uri: p.uri, version: p.version, count: p.diagnostics.length });
      client.wake();
    });
    connection.onNotification('resolution/status', (p: Record<string, unknown>) => {
      client.statuses.push(p);
      client.wake();
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      client.logs.push(p.message);
    });
    connection.onNotification('$/progress', (p: { token: unknown; value: { kind: string } }) => {
      client.progress.push(p as TestClient["progress"][number]);
      client.wake();
    });
    connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => {
      client.configurationRequests++;
      return p.items.map((i) => (i.section === 'resolution' ? client.settings : null));
    });
    connection.onRequest('client/registerCapability', (p: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
      client.registrations.push(...p.registrations);
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    const root = options.rootPath ?? ROOT;
    await connection.sendRequest('initialize', {
      processId: process.pid,
      locale: options.locale ?? 'en',
      rootUri: `file://${root}`,
      workspaceFolders: [{ uri: `file://${root}`, name: 'root' }],
      initializationOptions: options.initializationOptions,
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, ...(options.capabilities?.workspace as object) },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'refactor.rewrite', 'source'] } } },
          completion: { completionItem: { snippetSupport: false } },
          publishDiagnostics: { versionSupport: true },
        },
      },
    });
    void connection.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Waits until the condition holds (re-checked on every message), or fails after `ms`. */
  async waitFor<T>(what: string, cond: () => T | undefined | false, ms = 20_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = cond();
      if (v) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Waits for the corpus to be loaded (a status with indexing false and documents > 0). */
  waitForCorpus(ms = 30_000): Promise<Record<string, unknown>> {
    return this.waitFor('corpus', () => this.statuses.find((s) => s.indexing === false && (s.corpusDocuments as number) > 0), ms);
  }

  /** Opens a document; the promise resolves once the message is written (a large text takes a while). */
  open(uri: string, text: string, languageId = 'resolution'): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  /** Sends an incremental change and applies it to the local copy. */
  change(uri: string, range: Range, newText: string): number {
    const v = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, v);
    this.texts.set(uri, applyEdits(this.text(uri), [{ range, newText }]));
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [{ range, text: newText }],
    });
    return v;
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Diagnostics for a document version (waits for them). */
  diagnosticsFor(uri: string, version = this.version(uri), ms?: number): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics for ${uri}@${version}`, () => {
      const d = this.diagnostics.get(uri);
      return d && d.version === version ? d.diagnostics : undefined;
    }, ms);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.connection.sendNotification('exit');
    } catch {
      /* already gone */
    }
    await new Promise((r) => setTimeout(r, 50));
    this.connection.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

/** Position ↔ offset for the tests (\n and \r\n line ends). */
export function offsetAt(text: string, p: Position): number {
  let line = 0;
  let i = 0;
  while (line < p.line && i < text.length) {
    if (text[i] === '\n') line++;
    i++;
  }
  return i + p.character;
}

export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let last = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      last = i + 1;
    }
  }
  return { line, character: offset - last };
}

/** Applies non-overlapping edits (as an editor applies a WorkspaceEdit). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const withOffsets = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

export function seed(name: string): string {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(name));
  if (!file) throw new Error(`no seed ${name}`);
  return fs.readFileSync(path.join(SEEDS, file), 'utf8');
}

/** Position of the n-th occurrence (0-based) of a string in a text, plus an offset into it. */
export function find(text: string, needle: string, delta = 0, nth = 0): Position {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`not found: ${needle}`);
  }
  return positionAt(text, i + delta);
}
