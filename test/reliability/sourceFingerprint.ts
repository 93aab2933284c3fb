/**
 * Fingerprints of the source code that decides what the corpus cache stores: each file printed
 * by the TypeScript printer without comments (so comments and layout do not count, tokens do),
 * optionally only some of its declarations, then hashed together with the file names.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export const ROOT = path.join(__dirname, '../..');

/** A file (relative to the project root), whole or only the named declarations (top-level or class members). */
export interface SourcePart {
  file: string;
  declarations?: string[];
}

const printer = ts.createPrinter({ removeComments: true });

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
}

function nameOf(node: ts.Node): string | undefined {
  const n = (node as { name?: ts.Node }).name;
  return n && (ts.isIdentifier(n) || ts.isPrivateIdentifier(n) || ts.isStringLiteral(n)) ? n.text : undefined;
}

/** The printed text of a part: the whole file, or its named declarations in file order. */
export function printPart(part: SourcePart): string {
  const sf = parse(part.file);
  if (!part.declarations) return printer.printFile(sf);
  const wanted = new Set(part.declarations);
  const found = new Set<string>();
  const out: string[] = [];
  const take = (node: ts.Node, name: string | undefined) => {
    if (name && wanted.has(name)) {
      out.push(printer.printNode(ts.EmitHint.Unspecified, node, sf));
      found.add(name);
    }
  };
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) take(st, nameOf(d));
    else take(st, nameOf(st));
    if (ts.isClassDeclaration(st)) for (const m of st.members) take(m, nameOf(m));
  }
  const missing = part.declarations.filter((d) => !found.has(d));
  if (missing.length) throw new Error(`${part.file}: no declaration named ${missing.join(', ')} (renamed? update the list in cacheVersions.test.ts)`);
  return out.join('\n');
}

/** The file and every project file it imports at run time (`import type` left out), transitively. */
export function importClosure(file: string): string[] {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    const sf = parse(f);
    for (const st of sf.statements) {
      let spec: ts.Expression | undefined;
      if (ts.isImportDeclaration(st) && !st.importClause?.isTypeOnly) spec = st.moduleSpecifier;
      else if (ts.isExportDeclaration(st) && !st.isTypeOnly) spec = st.moduleSpecifier;
      if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith('.')) continue;
      const base = path.join(path.dirname(f), spec.text);
      const target = [`${base}.ts`, path.join(base, 'index.ts')].find((c) => fs.existsSync(path.join(ROOT, c)));
      if (target) visit(target);
    }
  };
  visit(path.normalize(file));
  return [...seen].sort();
}

/** SHA-256 (first 16 hex digits) of the parts, in order, each with its file name. */
export function fingerprint(parts: SourcePart[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(`${p.file.split(path.sep).join('/')}\u0000${(p.declarations ?? []).join(',')}\u0000${printPart(p)}\u0000`);
  return h.digest('hex').slice(0, 16);
}
