// The root tsconfig resolves modules the classic Node way, which ignores package.json "exports";
// vscode-languageclient v11 publishes its Node entry only there. This maps the subpath to its
// declarations for the typechecker; esbuild resolves the real module through "exports".
declare module 'vscode-languageclient/node' {
  export * from 'vscode-languageclient/lib/node/main';
}
