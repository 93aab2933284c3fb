/** Child process of `loadInChild` (cacheTools.ts): loads the built-in corpus with a cache folder, analyses one draft, prints JSON. */
import * as fs from 'fs';
import { loadCorpus } from '../../server/src/node/loadCorpus';
import { createLanguageService } from '../../server/src/service/languageService';
import { defaultSettings } from '../../server/src/service/options';

async function main(): Promise<void> {
  const [cacheDir, draft] = process.argv.slice(2);
  const corpus = await loadCorpus({ paths: [], cacheDir });
  const service = createLanguageService({ corpus, settings: defaultSettings('zh') });
  const analysis = service.analyze(fs.readFileSync(draft, 'utf8'));
  const out = { warnings: corpus.warnings, findings: JSON.stringify(analysis.diagnostics), failures: analysis.failures ?? [] };
  process.stdout.write(JSON.stringify(out));
}
main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e));
  process.exit(3);
});
