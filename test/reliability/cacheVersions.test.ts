/**
 * The cache's versions really invalidate it (issue 7, item 2): what a snapshot depends on is
 * named by explicit constants (server/src/service/cacheVersions.ts), not by build-file mtimes,
 * and this test fails, naming the constant to bump, when the code that decides what is stored
 * changes while its version stays the same.
 *
 * After bumping a version, record the new fingerprint: run
 *   UPDATE_CACHE_VERSIONS=1 npx mocha --grep 'cache versions'
 * (it refuses to record a changed fingerprint under an unchanged version).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as versions from '../../server/src/service/cacheVersions';
import { codeFingerprint } from '../../server/src/service/corpus/cache';
import { AgreedLanguageIndex } from '../../server/src/service/matching';
import { fingerprint, importClosure, type SourcePart } from './sourceFingerprint';

const RECORD = path.join(__dirname, 'cacheVersions.json');
const UPDATE = `UPDATE_CACHE_VERSIONS=1 npx mocha --grep 'cache versions'`;
const S = 'server/src/service';

/** Each version and the code it stands for. */
const GUARDS: Array<{ constant: keyof typeof versions; parts: () => SourcePart[] }> = [
  {
    constant: 'CORPUS_CACHE_FORMAT',
    parts: () => [`${S}/corpus/cache.ts`, 'server/src/node/checkedFile.ts', 'server/src/node/nodeCacheStore.ts', `${S}/corpus/types.ts`].map((file) => ({ file })),
  },
  {
    constant: 'PARSER_VERSION',
    // processFile and everything it runs (decoding, parser, labels, metadata, references).
    parts: () => importClosure(`${S}/corpus/process.ts`).map((file) => ({ file })),
  },
  {
    constant: 'INDEX_VERSION',
    parts: () => [
      { file: `${S}/matching/params.ts`, declarations: ['MATCH_PARAMS'] },
      { file: `${S}/matching/buffers.ts` },
      { file: `${S}/matching/hash.ts`, declarations: ['fnvCodes'] },
      {
        file: `${S}/matching/paragraphTable.ts`,
        declarations: ['clampStart', 'bodyOf', 'addDocument', 'removeDocument', 'addExact', 'indexFingerprints', 'compact'],
      },
      { file: `${S}/matching/persistence.ts` },
      ...[...new Set([`${S}/matching/normalize.ts`, `${S}/matching/shingles.ts`, `${S}/matching/invertedIndex.ts`, `${S}/language/body.ts`].flatMap(importClosure))]
        .sort()
        .map((file) => ({ file })),
    ],
  },
];

type Recorded = Record<string, { version: number; fingerprint: string }>;

describe('reliability: cache versions are bumped when what they stand for changes', () => {
  let recorded: Recorded = fs.existsSync(RECORD) ? JSON.parse(fs.readFileSync(RECORD, 'utf8')) : {};
  const current: Recorded = {};
  for (const g of GUARDS) current[g.constant] = { version: versions[g.constant] as number, fingerprint: fingerprint(g.parts()) };

  if (process.env.UPDATE_CACHE_VERSIONS) {
    const next: Recorded = { ...recorded };
    for (const g of GUARDS) {
      const was = recorded[g.constant];
      const now = current[g.constant];
      if (!was || was.version !== now.version) next[g.constant] = now;
    }
    fs.writeFileSync(RECORD, `${JSON.stringify(next, null, 2)}\n`);
    recorded = next;
  }

  for (const g of GUARDS) {
    it(`${g.constant}: its code is unchanged, or it was bumped`, () => {
      const was = recorded[g.constant];
      const now = current[g.constant];
      const record = UPDATE;
      assert.ok(was, `${g.constant} has no recorded fingerprint: run ${record}`);
      if (was.version === now.version) {
        assert.strictEqual(
          now.fingerprint,
          was.fingerprint,
          `The code that decides what the corpus cache stores for ${g.constant} changed. Snapshots written by the old code would be read as if current: ` +
            `bump ${g.constant} in server/src/service/cacheVersions.ts, then run ${record}.`,
        );
      } else {
        assert.fail(`${g.constant} is now ${now.version} (recorded: ${was.version}): record its fingerprint with ${record}`);
      }
    });
  }

  it('the snapshot fingerprint is made of the versions alone (no file times), and each of them changes it', () => {
    assert.strictEqual(codeFingerprint(), versions.cacheVersionKey());
    for (const g of GUARDS) assert.ok(codeFingerprint().includes(`=${versions[g.constant]}`), g.constant);
    assert.match(AgreedLanguageIndex.version, new RegExp(`\\.${versions.INDEX_VERSION}$`), 'the index checks its own version too');
  });
});
