/** `resolution-lint`: the language service on files, for CI and the shell. (Stub: owned by the CLI work.) */
export async function main(_argv: string[]): Promise<number> {
  process.stderr.write('resolution-lint: not built yet\n');
  return 2;
}
