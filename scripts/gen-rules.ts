// `npm run gen:rules`: writes the per-code settings of package.json, the rule part of
// schemas/resolutionrc.schema.json and the README table from the rule registry
// (server/src/service/rules/registry.ts). `--check`: writes nothing, exits 1 when a file differs.
import * as fs from 'fs';
import * as path from 'path';
import { withManifestRules, withReadmeTable, withSchemaRules } from '../server/src/service/rules/generated';

const root = path.resolve(__dirname, '..');
const check = process.argv.includes('--check');
const json = (x: unknown) => JSON.stringify(x, null, 2) + '\n';

const targets: Array<{ file: string; make: (text: string) => string }> = [
  { file: 'package.json', make: (t) => json(withManifestRules(JSON.parse(t))) },
  { file: 'schemas/resolutionrc.schema.json', make: (t) => json(withSchemaRules(JSON.parse(t))) },
  { file: 'README.md', make: (t) => withReadmeTable(t) },
];

let drift = 0;
for (const { file, make } of targets) {
  const full = path.join(root, file);
  const before = fs.readFileSync(full, 'utf8');
  const after = make(before);
  if (before === after) continue;
  drift++;
  if (check) console.error(`${file} is out of date: run npm run gen:rules`);
  else {
    fs.writeFileSync(full, after);
    console.log(`wrote ${file}`);
  }
}
process.exitCode = check && drift ? 1 : 0;
