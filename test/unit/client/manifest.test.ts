/**
 * The extension manifest and its localisation: every %key% of package.json has an English and a
 * Chinese text, every runtime string of the client has a Chinese translation, and every setting the
 * server reads is contributed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { OpenSourceCommand, SOURCE_SCHEME } from '../../../server/src/lsp/sourceTextProtocol';
import { OPEN_SOURCE_COMMAND } from '../../../server/src/service/features/openSource';
import { DIAGNOSTIC_CODES } from '../../../server/src/service/options';

const root = path.join(__dirname, '../../..');
const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8'));

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

describe('manifest and localisation', () => {
  const pkg = readJson('package.json');
  const nls = readJson('package.nls.json');
  const nlsZh = readJson('package.nls.zh-cn.json');

  it('every %key% in package.json is in package.nls.json and package.nls.zh-cn.json', () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 20, `${keys.length} keys`);
    for (const k of keys) {
      assert.ok(typeof nls[k] === 'string' && nls[k].length > 0, `package.nls.json: ${k}`);
      assert.ok(typeof nlsZh[k] === 'string' && /\p{Script=Han}/u.test(nlsZh[k]) || k.startsWith('config.locale.e'), `package.nls.zh-cn.json: ${k}`);
    }
    assert.deepStrictEqual(Object.keys(nlsZh).sort(), Object.keys(nls).sort());
  });

  it('every vscode.l10n.t string of the client has a Chinese translation with the same placeholders', () => {
    const bundle = readJson('l10n/bundle.l10n.zh-cn.json');
    const strings = new Set<string>();
    for (const file of walk(path.join(root, 'client/src'))) {
      const src = fs.readFileSync(file, 'utf8');
      for (const m of src.matchAll(/vscode\.l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) strings.add(m[1]);
    }
    assert.ok(strings.size >= 10, `${strings.size} strings`);
    for (const s of strings) {
      assert.ok(typeof bundle[s] === 'string', `missing zh-cn translation: ${s}`);
      const ph = (t: string) => [...t.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      assert.deepStrictEqual(ph(bundle[s]), ph(s), s);
    }
  });

  /** The scripts each UI language is written in (a translation still in English would show none). */
  const SCRIPTS: Record<string, RegExp> = { fr: /[a-zà-ÿ]/i, es: /[a-záéíóúñ]/i, ru: /\p{Script=Cyrillic}/u, ar: /\p{Script=Arabic}/u };
  const placeholdersOf = (t: string) => [...t.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

  for (const locale of ['fr', 'es', 'ru', 'ar']) {
    it(`package.nls.${locale}.json has every key of package.nls.json, translated`, () => {
      const nlsLocale = readJson(`package.nls.${locale}.json`);
      assert.deepStrictEqual(Object.keys(nlsLocale).sort(), Object.keys(nls).sort());
      let same = 0;
      for (const k of Object.keys(nls)) {
        assert.ok(typeof nlsLocale[k] === 'string' && nlsLocale[k].trim() !== '', `${locale}: ${k}`);
        assert.match(nlsLocale[k], SCRIPTS[locale], `${locale}: ${k}`);
        // Setting names and examples in backticks stay as they are.
        assert.deepStrictEqual(nlsLocale[k].match(/`[^`]*`/g) ?? [], nls[k].match(/`[^`]*`/g) ?? [], `${locale}: ${k}`);
        if (nlsLocale[k] === nls[k]) same++;
      }
      assert.strictEqual(same, 0, `${locale}: ${same} strings left in English`);
    });

    it(`l10n/bundle.l10n.${locale}.json translates every key of the zh-cn bundle, keeping {0} placeholders`, () => {
      const zhBundle = readJson('l10n/bundle.l10n.zh-cn.json');
      const bundle = readJson(`l10n/bundle.l10n.${locale}.json`);
      assert.deepStrictEqual(Object.keys(bundle).sort(), Object.keys(zhBundle).sort());
      for (const [source, text] of Object.entries<string>(bundle)) {
        assert.ok(text.trim() !== '' && text !== source, `${locale}: ${source}`);
        assert.match(text, SCRIPTS[locale], `${locale}: ${source}`);
        assert.deepStrictEqual(placeholdersOf(text), placeholdersOf(source), `${locale}: ${source}`);
      }
    });
  }

  it('offers the six locales in resolution.locale, each with a description', () => {
    const prop = pkg.contributes.configuration.properties['resolution.locale'];
    assert.deepStrictEqual(prop.enum, ['auto', 'zh', 'en', 'fr', 'es', 'ru', 'ar']);
    assert.deepStrictEqual(prop.enumDescriptions, prop.enum.map((l: string) => `%config.locale.${l}%`));
  });

  it('contributes the settings the server reads, with every diagnostic code', () => {
    const props = pkg.contributes.configuration.properties;
    for (const key of ['corpus.folders', 'corpus.includeBuiltIn', 'thresholds.near', 'thresholds.partialMinChars', 'severity', 'locale', 'checks', 'enableInMarkdown', 'enableInPlainText']) {
      assert.ok(props[`resolution.${key}`], key);
    }
    assert.deepStrictEqual(Object.keys(props['resolution.severity'].properties).sort(), [...DIAGNOSTIC_CODES].sort());
    assert.deepStrictEqual(Object.keys(props['resolution.checks'].properties).sort(), [...DIAGNOSTIC_CODES].sort());
  });

  it('declares the language, grammar, snippets, commands and activation for code-server 1.100', () => {
    assert.strictEqual(pkg.engines.vscode, '^1.100.0');
    assert.ok(pkg.activationEvents.includes('onLanguage:resolution'));
    assert.deepStrictEqual(pkg.contributes.languages[0].extensions, ['.res.md', '.resolution']);
    for (const c of ['findPrecedent', 'renumber', 'rebuildIndex', 'showReport', 'copyCitation']) {
      assert.ok(pkg.contributes.commands.some((x: { command: string }) => x.command === `resolution.${c}`), c);
    }
    for (const file of [pkg.contributes.grammars[0].path, pkg.contributes.snippets[0].path, pkg.contributes.languages[0].configuration, pkg.icon]) {
      assert.ok(fs.existsSync(path.join(root, file)), file);
    }
    const snippets = JSON.parse(fs.readFileSync(path.join(root, 'snippets/resolution.code-snippets'), 'utf8'));
    assert.ok(Object.keys(snippets).length >= 12);
    const cfg = readJson('language-configuration.json');
    const word = new RegExp(cfg.wordPattern, 'gu');
    assert.deepStrictEqual('见 A/RES/80/118 和第 70/1 号决议'.match(word), ['见', 'A/RES/80/118', '和第', '70/1', '号决议']);
  });

  it('open source: the hover link command is contributed (not in the palette), trusted in hovers, and served by a read-only scheme', () => {
    // The link the service writes names the command the client registers.
    assert.strictEqual(OPEN_SOURCE_COMMAND, OpenSourceCommand);
    const cmd = pkg.contributes.commands.find((x: { command: string }) => x.command === OpenSourceCommand);
    assert.ok(cmd, 'contributes resolution.openSource');
    assert.ok(nls[cmd.title.slice(1, -1)] && nlsZh[cmd.title.slice(1, -1)]);
    assert.deepStrictEqual(pkg.contributes.menus.commandPalette.find((x: { command: string }) => x.command === OpenSourceCommand), { command: OpenSourceCommand, when: 'false' });
    const client = fs.readFileSync(path.join(root, 'client/src/client.ts'), 'utf8');
    assert.match(client, /isTrusted: \{ enabledCommands: \[OpenSourceCommand\] \}/);
    const open = fs.readFileSync(path.join(root, 'client/src/commands/openSource.ts'), 'utf8');
    assert.match(open, /registerTextDocumentContentProvider\(SOURCE_SCHEME, provider\)/);
    assert.match(open, /registerCommand\(OpenSourceCommand,/);
    assert.match(fs.readFileSync(path.join(root, 'client/src/extension.ts'), 'utf8'), /registerOpenSource\(/);
    assert.strictEqual(SOURCE_SCHEME, 'resolution-source');
  });
});
