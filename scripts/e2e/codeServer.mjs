// Starts and stops code-server 4.100.3 (VS Code 1.100.3 in the browser) for end-to-end tests,
// following shared/E2E-NOTES.md: own process group (setsid), throwaway XDG/TMPDIR folders,
// a free loopback port, readiness by /healthz, stop by killing the whole group.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Runs scripts/e2e/setup.sh (idempotent, cached) and returns code-server's entry point. */
export function ensureCodeServer() {
  if (process.env.CODE_SERVER_ENTRY && fs.existsSync(process.env.CODE_SERVER_ENTRY)) return process.env.CODE_SERVER_ENTRY;
  const out = execFileSync('bash', [path.join(ROOT, 'scripts/e2e/setup.sh')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  const entry = out.trim().split('\n').pop();
  if (!entry || !fs.existsSync(entry)) throw new Error(`setup.sh did not give a code-server entry point: ${out}`);
  return entry;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function get(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => req.destroy());
  });
}

/**
 * Starts code-server. Options: folder (opened on start), extensionsDir, userSettings (object written
 * to User/settings.json), env (extra environment for code-server and so the extension host),
 * locale (display language, e.g. zh-cn: vscode.env.language in the extension host).
 * Resolves to { port, url, dirs, stop() }.
 */
export async function startCodeServer({ folder, extensionsDir, userSettings = {}, env = {}, logFile, locale } = {}) {
  const entry = ensureCodeServer();
  const restricted = process.env.E2E_RESTRICTED === '1';
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'resolution-e2e-'));
  const dirs = {
    base,
    userData: path.join(base, 'user-data'),
    extensions: extensionsDir ?? path.join(base, 'extensions'),
    xdgConfig: path.join(base, 'xdg-config'),
    xdgData: path.join(base, 'xdg-data'),
    tmp: path.join(base, 'tmp'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        // E2E_RESTRICTED=1: trust on and nothing trusted, so the folder opens in Restricted Mode without a prompt.
        ...(restricted
          ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never', 'security.workspace.trust.untrustedFiles': 'open' }
          : { 'security.workspace.trust.enabled': false }),
        'telemetry.telemetryLevel': 'off',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'chat.disableAIFeatures': true,
        'window.restoreWindows': 'none',
        'files.hotExit': 'off',
        ...userSettings,
      },
      null,
      2,
    ),
  );
  const port = await freePort();
  const args = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    ...(restricted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
  ];
  if (locale) args.push('--locale', locale);
  if (folder) args.push(folder);
  const log = fs.openSync(logFile ?? path.join(base, 'code-server.log'), 'a');
  // detached: the child calls setsid(), so it leads its own process group and kill(-pid) stops them all
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      XDG_CONFIG_HOME: dirs.xdgConfig,
      XDG_DATA_HOME: dirs.xdgData,
      TMPDIR: dirs.tmp,
      ...env,
    },
  });
  fs.closeSync(log);
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while ((await get(`${url}/healthz`)) !== 200) {
    if (exited) throw new Error(`code-server exited early; see ${logFile ?? path.join(base, 'code-server.log')}`);
    if (Date.now() - started > 60000) throw new Error('code-server did not answer /healthz within 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    if (!exited) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      const t = Date.now();
      while (!exited && Date.now() - t < 5000) await new Promise((r) => setTimeout(r, 100));
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }
    if (!process.env.E2E_KEEP) fs.rmSync(base, { recursive: true, force: true });
  };
  return { port, url, dirs, entry, child, stop, startupMs: Date.now() - started };
}

/** Installs a .vsix into an extensions folder with code-server's own CLI. */
export function installVsix(entry, extensionsDir, vsix, userDataDir) {
  const out = execFileSync(
    process.execPath,
    [entry, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return out;
}

/** Launches headless Debian chromium via playwright-core with a throwaway profile. */
export async function launchBrowser(profileDir, viewport = { width: 1400, height: 900 }) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
}
