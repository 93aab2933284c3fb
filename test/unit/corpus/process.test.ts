import * as assert from 'assert';
import { processFile } from '../../../server/src/service/corpus/process';

const ENGLISH = `Eightieth session
Agenda item 15

Resolution adopted by the General Assembly on 15 December 2025

[on the report of the Second Committee (A/80/555, para. 7)]

80/977. Information and communications technologies for sustainable development

The General Assembly,

*Recalling* its resolution 70/1 of 25 September 2015, entitled "Transforming our world: the 2030 Agenda for Sustainable Development",

*Reaffirming* its commitment,

1. *Decides* to continue:

(a) the first;

(b) the second;

2. *Requests* the Secretary-General to report.
`;

describe('corpus processFile', () => {
  it('an English resolution: inferred metadata, English labels, verbs and bodies, reference facts', () => {
    const r = processFile(Buffer.from(ENGLISH), '/corpus/en.md', { builtIn: false });
    const meta = r.doc!.meta;
    assert.strictEqual(meta.symbol, 'A/RES/80/977');
    assert.strictEqual(meta.language, 'en');
    assert.strictEqual(meta.date, '2025-12-15');
    assert.strictEqual(meta.organ, 'General Assembly');
    assert.strictEqual(meta.title, 'Information and communications technologies for sustainable development');
    assert.strictEqual(meta.status, 'adopted');
    assert.strictEqual(meta.metaSource, 'inferred');
    assert.deepStrictEqual(
      r.doc!.paragraphs.map((p) => [p.label, p.labelText.en, p.verb ?? '', p.text.slice(p.bodyStart)]),
      [
        ['PP 1', 'preambular paragraph 1', 'Recalling', 'its resolution 70/1 of 25 September 2015, entitled "Transforming our world: the 2030 Agenda for Sustainable Development",'],
        ['PP 2', 'preambular paragraph 2', 'Reaffirming', 'its commitment,'],
        ['OP 1', 'operative paragraph 1', 'Decides', 'to continue:'],
        ['OP 1(a)', 'operative paragraph 1 (a)', '', 'the first;'],
        ['OP 1(b)', 'operative paragraph 1 (b)', '', 'the second;'],
        ['OP 2', 'operative paragraph 2', 'Requests', 'the Secretary-General to report.'],
      ],
    );
    assert.deepStrictEqual(r.warnings, []);
    assert.ok(r.refs && 'facts' in r.refs);
    const facts = 'facts' in r.refs! ? r.refs.facts : [];
    assert.ok(facts.some((f) => f.number === '70/1' && f.date === '2015-09-25'), JSON.stringify(facts));
    assert.ok(facts.some((f) => f.number === '80/977' && f.date === '2025-12-15'), JSON.stringify(facts));
  });

  it('the same bytes give the same result (what the cache relies on)', () => {
    const a = processFile(Buffer.from(ENGLISH), '/corpus/en.md', { builtIn: false });
    const b = processFile(Buffer.from(ENGLISH), '/corpus/en.md', { builtIn: false });
    assert.deepStrictEqual(a, b);
    const crlf = processFile(Buffer.from(ENGLISH.replace(/\n/g, '\r\n')), '/corpus/en-crlf.md', { builtIn: false });
    assert.deepStrictEqual(crlf.doc!.paragraphs, a.doc!.paragraphs, 'CRLF line ends read like LF');
    assert.notStrictEqual(crlf.hash, a.hash);
    assert.strictEqual(crlf.textHash, a.textHash, 'and count as a duplicate of it');
  });
});
