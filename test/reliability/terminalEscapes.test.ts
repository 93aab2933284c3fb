/**
 * Issue 7, item 8: terminal control sequences (ESC, CSI, OSC, C1 controls) from corpus text
 * or file names never reach the terminal raw in text output: they are shown escaped.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../server/src/cli/resolution-lint';
import { formatText } from '../../server/src/cli/format/text';
import { loadCorpus } from '../../server/src/node/loadCorpus';
import { tempDir } from '../support/tempDir';

/** A precedent without a symbol: it is cited by its file name. */
const PRECEDENT = [
  '大会，',
  '',
  '回顾其关于信息和通信技术促进可持续发展的以往各项决议以及经济及社会理事会的有关决议，',
  '',
  '1. 决定在第八十一届会议临时议程中列入题为“信息和通信技术促进可持续发展”的项目。',
  '',
].join('\n');

/** Any C0 control but tab and line feed, DEL, or a C1 control. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const ESC = '\u001b';
const HOSTILE = `${ESC}[2J${ESC}]0;pwned\u0007${ESC}]8;;http://x.example\u0007link${ESC}]8;;\u0007\u009b31m\r`;

describe('reliability: no terminal control sequences in text output', function () {
  this.timeout(120_000);

  it('formatText escapes controls in file names and messages, keeping the visible text', () => {
    const out = formatText(
      [
        {
          path: `draft${HOSTILE}.md`,
          diagnostics: [
            {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
              severity: 1,
              code: 'paragraph-numbering',
              message: `expected 2, found ${HOSTILE}`,
              source: 'resolution',
            } as never,
          ],
        },
      ],
      'en',
    );
    assert.doesNotMatch(out, RAW_CONTROL, JSON.stringify(out));
    assert.match(out, /draft.*\[2J.*pwned.*link.*\.md/);
    assert.match(out, /expected 2, found .*31m/);
  });

  describe('end to end', () => {
    let tmp: ReturnType<typeof tempDir>;
    before(function () {
      tmp = tempDir('reliability-esc-');
      try {
        fs.mkdirSync(path.join(tmp.dir, 'corpus'));
        // A corpus file whose name (and so its citation) carries control sequences, and a draft that quotes it.
        fs.writeFileSync(path.join(tmp.dir, 'corpus', `evil${ESC}]0;owned\u0007${ESC}[31m.txt`), PRECEDENT);
        fs.writeFileSync(path.join(tmp.dir, `draft${ESC}[41m.md`), PRECEDENT.replace('1. ', '3. '));
      } catch {
        this.skip(); // a file system that refuses such names
      }
    });
    after(() => tmp?.remove());

    it('names from disk and corpus citations are escaped on stdout and stderr', async () => {
      let stdout = '';
      let stderr = '';
      const code = await main(
        ['--no-default-corpus', '--no-cache', '--corpus', 'corpus', '--corpus', `missing${ESC}]0;x\u0007`, `draft${ESC}[41m.md`],
        {
          env: { LANG: 'en_US.UTF-8' },
          cwd: tmp.dir,
          stdout: (t) => void (stdout += t),
          stderr: (t) => void (stderr += t),
          loadCorpus,
        },
      );
      assert.ok(code === 0 || code === 1, `${code}: ${stderr}`);
      assert.match(stdout, /evil/, 'the corpus file is cited');
      assert.doesNotMatch(stdout, RAW_CONTROL, JSON.stringify(stdout.slice(0, 2000)));
      assert.match(stderr, /missing/, 'the missing corpus path is named');
      assert.doesNotMatch(stderr, RAW_CONTROL, JSON.stringify(stderr));
    });
  });
});
