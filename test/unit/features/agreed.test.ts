import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { type Corpus } from '../../../server/src/service/corpus';
import { loadCorpus } from '../../../server/src/node/loadCorpus';
import * as F from '../../../server/src/service/features';
import { ctxOf, pos, SEEDS, seed } from './helpers';
import { makeTempDir, removeTempDir } from '../../support/tempDir';

const PRECEDENT = [
  'Resolution adopted by the General Assembly on 17 December 2021',
  '',
  '76/999. Information and communications technologies for sustainable development',
  '',
  'The General Assembly,',
  '',
  '*Recognizing* that information and communications technologies present new opportunities and challenges, and that there is a pressing need to address the major impediments that developing countries face in accessing new technologies,',
  '',
  '1. *Requests* the Secretary-General to submit to the General Assembly at its seventy-eighth session a report on the implementation of the present resolution.',
  '',
].join('\n');

describe('features: agreed language in English (replace with the agreed text, hover marks)', function () {
  this.timeout(30_000);
  let dir: string;
  let corpus: Corpus;
  before(async () => {
    dir = makeTempDir('res-feat-');
    fs.writeFileSync(path.join(dir, 'precedent.txt'), PRECEDENT);
    corpus = await loadCorpus({ paths: [dir], includeBuiltIn: false });
  });
  after(() => removeTempDir(dir));

  it('replaces dropped, added and changed words so the body reads as the agreed text, keeping the verb and spacing', () => {
    const agreedPP = PRECEDENT.split('\n')[6];
    const draftPP = agreedPP
      .replace('*Recognizing*', '*Acknowledging*')
      .replace('present new opportunities', 'present important new opportunities')
      .replace('a pressing need', 'an urgent need')
      .replace(' major impediments', ' impediments');
    const draft = ['The General Assembly,', '', draftPP, ''].join('\n');
    const ctx = ctxOf(draft, corpus, 'en');
    const a = ctx.analysis.agreements.find((x) => x.label === 'PP 1');
    assert.equal(a?.status, 'near');
    const actions = F.codeActions(ctx, { start: pos(draft, 'important'), end: pos(draft, 'important') });
    const replace = actions.find((x) => x.title.startsWith('Use the agreed text of'));
    assert.ok(replace, actions.map((x) => x.title).join(' | '));
    const fixed = F.applyEdits(draft, replace.edits!);
    // The verb stays the draft's own (it is a separate choice); the body is the agreed one.
    assert.equal(fixed, ['The General Assembly,', '', agreedPP.replace('*Recognizing*', '*Acknowledging*'), ''].join('\n'));

    const hover = F.hover(ctx, pos(draft, 'urgent'));
    assert.ok(hover);
    assert.match(hover.contents, /~~a pressing~~ \*\*an urgent\*\*/);
    assert.match(hover.contents, /\*\*important\*\*/);
    assert.match(hover.contents, /~~major~~/);
  });
});

describe('features: hover on agreed text kept with clauses added', function () {
  this.timeout(60_000);
  it('gives how much of the agreed text the paragraph keeps beside its similarity (80/118 OP 7 against 76/189 OP 5)', async () => {
    const file = fs.readdirSync(SEEDS).find((f) => f.startsWith('001_'))!;
    const corpus = await loadCorpus({ paths: [path.join(SEEDS, file)], includeBuiltIn: false });
    const text = seed('000');
    // OP 7 adds "政府、" and "国际组织和相关利益攸关方根据各自的作用和职责" around 76/189 OP 5
    const at = pos(text, '民间社会、科技和学术界、国际组织和相关利益攸关方根据各自的作用和职责');
    const h = F.hover(ctxOf(text, corpus, 'en'), at);
    assert.ok(h, 'no hover');
    const contents = String(h.contents);
    assert.match(contents, /A\/RES\/76\/189, OP 5/);
    const m = /similarity (\d+)%, (\d+)% of the agreed text kept/.exec(contents);
    assert.ok(m, contents.slice(0, 300));
    assert.ok(Number(m[2]) >= 85 && Number(m[2]) > Number(m[1]), `coverage ${m[2]} vs similarity ${m[1]}`);
  });
});
