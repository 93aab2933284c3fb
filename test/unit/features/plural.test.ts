/**
 * English messages that count things say "1 source", "2 sources": the agreed-
 * language message, the report summary and the verb hover (Chinese has no plural).
 */
import * as assert from 'node:assert/strict';
import * as F from '../../../server/src/service/features';
import { sourceMessage, type AgreedSource } from '../../../server/src/service/matching';
import { ctxOf } from './helpers';

const source: AgreedSource = {
  symbol: 'A/RES/76/189',
  paragraph: 'OP 7',
  date: '2021-12-17',
  similarity: 0.9,
  text: '鼓励各国利用整个联合国系统在这方面的能力建设机制和机会；',
  changes: [
    { kind: 'changed', from: '整个', to: '全部' },
    { kind: 'removed', from: '在这方面' },
    { kind: 'added', to: '现有' },
    { kind: 'changed', from: '机制', to: '方案' },
    { kind: 'changed', from: '机会', to: '机遇' },
  ],
  docId: 'x',
  paragraphIndex: 0,
};

describe('English messages count in the singular and the plural', () => {
  it('agreed language: “and 1 more source”, “and 2 more sources”', () => {
    const exact = { ...source, changes: [] };
    assert.match(sourceMessage('en', 'exact', exact, 1), /\(and 1 more source\)$/);
    assert.match(sourceMessage('en', 'exact', exact, 2), /\(and 2 more sources\)$/);
    assert.doesNotMatch(sourceMessage('en', 'exact', exact, 0), /more/);
    assert.match(sourceMessage('zh', 'exact', exact, 1), /（另有 1 处来源）$/);
  });

  it('deviations: the changes beyond those listed are counted in words that agree', () => {
    const five = sourceMessage('en', 'near', source, 0);
    assert.match(five, /and 2 more changes/, five);
    const four = sourceMessage('en', 'near', { ...source, changes: source.changes.slice(0, 4) }, 0);
    assert.doesNotMatch(four, /1 more changes/, four);
  });

  it('the report summary: “1 paragraph”, “3 paragraphs”', () => {
    const one = ['The General Assembly,', '', '1. *Decides* to remain seized of the matter.', ''].join('\n');
    assert.match(F.agreementReport(ctxOf(one, undefined, 'en')).markdown, /^1 paragraph: /m);
    const three = ['The General Assembly,', '', '*Recalling* its resolutions,', '', '1. *Requests* a report;', '', '2. *Decides* to remain seized of the matter.', ''].join('\n');
    assert.match(F.agreementReport(ctxOf(three, undefined, 'en')).markdown, /^3 paragraphs: /m);
  });
});
