/**
 * The TextMate grammar (syntaxes/resolution.tmLanguage.json), tokenised the way VS Code does it
 * (vscode-textmate + the Oniguruma wasm), on lines of the real seeds.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = path.join(__dirname, '../../..');
const seed = (prefix: string) => {
  const file = fs.readdirSync(path.join(root, 'seeds')).find((f) => f.startsWith(prefix));
  return fs.readFileSync(path.join(root, 'seeds', file!), 'utf8').split(/\r?\n/);
};

let grammar: vsctm.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== 'text.resolution') return null;
      const file = path.join(root, 'syntaxes/resolution.tmLanguage.json');
      return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const g = await registry.loadGrammar('text.resolution');
  assert.ok(g, 'grammar loads');
  grammar = g;
});

interface Tok {
  text: string;
  scopes: string[];
}

function tokenize(line: string): Tok[] {
  const r = grammar.tokenizeLine(line, vsctm.INITIAL);
  return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
}

/** Text of the tokens carrying a scope that starts with `scope` (adjacent tokens joined). */
function textsWith(line: string, scope: string): string[] {
  const out: string[] = [];
  let prev = false;
  for (const t of tokenize(line)) {
    const has = t.scopes.some((s) => s === scope || s.startsWith(scope + '.'));
    if (has && prev) out[out.length - 1] += t.text;
    else if (has) out.push(t.text);
    prev = has;
  }
  return out;
}

function findLine(lines: string[], predicate: (l: string) => boolean): string {
  const line = lines.find(predicate);
  assert.ok(line !== undefined, 'seed line exists');
  return line;
}

describe('grammar: resolution.tmLanguage.json on seed 000 (A/RES/80/118)', () => {
  const lines = seed('000_');

  it('colours the header: session, agenda item, adoption line, symbol line', () => {
    assert.deepStrictEqual(textsWith(findLine(lines, (l) => l.includes('第八十届会议')), 'entity.name.section.session'), ['第八十届会议']);
    assert.deepStrictEqual(textsWith(findLine(lines, (l) => l.includes('议程项目')), 'entity.name.section.agenda-item'), ['议程项目 15']);
    assert.deepStrictEqual(
      textsWith(findLine(lines, (l) => /^## 2025 年 12 月 15 日大会决议/.test(l)), 'string.unquoted.adoption'),
      ['2025 年 12 月 15 日大会决议'],
    );
    const symbolLine = findLine(lines, (l) => l.includes('80/118.'));
    assert.deepStrictEqual(textsWith(symbolLine, 'constant.other.symbol.resolution-number'), ['80/118']);
    assert.deepStrictEqual(textsWith(symbolLine, 'entity.name.section.title'), ['信息和通信技术促进可持续发展']);
    const origin = findLine(lines, (l) => l.startsWith('[根据'));
    assert.deepStrictEqual(textsWith(origin, 'constant.other.symbol'), ['A/80/555']);
    assert.ok(tokenize(origin).some((t) => t.scopes.includes('comment.line.origin.resolution')));
  });

  it('colours the organ line', () => {
    assert.deepStrictEqual(textsWith('大会，', 'entity.name.type.organ'), ['大会']);
    assert.deepStrictEqual(textsWith('经济及社会理事会，', 'entity.name.type.organ'), ['经济及社会理事会']);
    assert.deepStrictEqual(textsWith('The General Assembly,', 'entity.name.type.organ'), ['The General Assembly']);
    assert.ok(lines.includes('大会，'));
    // the organ name inside a sentence is not an organ line
    assert.deepStrictEqual(textsWith('大会通过了一套全面的目标，', 'entity.name.type.organ'), []);
  });

  it('colours preambular verbs, plain and bold, and not the rest of the paragraph', () => {
    const plain = findLine(lines, (l) => l.startsWith('又回顾经济及社会理事会'));
    assert.deepStrictEqual(textsWith(plain, 'keyword.other.verb.preambular'), ['又回顾']);
    const bold = findLine(lines, (l) => l.startsWith('**又重申**'));
    assert.deepStrictEqual(textsWith(bold, 'keyword.other.verb.preambular'), ['又重申']);
    assert.deepStrictEqual(textsWith(bold, 'punctuation.definition.emphasis.markdown'), ['**', '**']);
    const welcome = findLine(lines, (l) => l.startsWith('**欢迎**'));
    assert.deepStrictEqual(textsWith(welcome, 'keyword.other.verb.preambular'), ['欢迎']);
    assert.deepStrictEqual(textsWith('*Recalling also* its resolution 70/1,', 'keyword.other.verb.preambular'), ['Recalling also']);
    assert.deepStrictEqual(textsWith('Noting with concern that the digital divide persists,', 'keyword.other.verb.preambular'), ['Noting with concern']);
  });

  it('colours operative paragraph numbers, leads and verbs', () => {
    const ops = lines.filter((l) => /^\d{1,3}\.\s*\S/.test(l));
    assert.ok(ops.length > 20, `seed has operative paragraphs (${ops.length})`);
    let withVerb = 0;
    for (const op of ops) {
      const n = op.match(/^(\d{1,3})\./)![1];
      assert.deepStrictEqual(textsWith(op, 'constant.numeric.paragraph'), [n], op.slice(0, 30));
      if (textsWith(op, 'keyword.control.verb.operative').length === 1) withVerb++;
    }
    // every operative paragraph of 80/118 opens with a recognised verb
    assert.ok(withVerb === ops.length, `${withVerb}/${ops.length} operative verbs recognised`);
    const lead = ops.find((l) => /^\d+\.\s*在这方面/.test(l));
    if (lead) {
      assert.deepStrictEqual(textsWith(lead, 'keyword.other.lead'), ['在这方面']);
      assert.strictEqual(textsWith(lead, 'keyword.control.verb.operative').length, 1);
    }
    assert.deepStrictEqual(textsWith('7. 在这方面**强调**必须弥合数字鸿沟；', 'keyword.other.lead'), ['在这方面']);
    assert.deepStrictEqual(textsWith('7. 在这方面**强调**必须弥合数字鸿沟；', 'keyword.control.verb.operative'), ['强调']);
    assert.deepStrictEqual(textsWith('3. *Calls upon* all Member States to act;', 'keyword.control.verb.operative'), ['Calls upon']);
    assert.deepStrictEqual(textsWith('12. Requests the Secretary-General to report;', 'keyword.control.verb.operative'), ['Requests']);
  });

  it('colours sub-paragraph letters', () => {
    assert.deepStrictEqual(textsWith('(a) 加强能力建设；', 'constant.numeric.subparagraph'), ['(a)']);
    assert.deepStrictEqual(textsWith('(iv) 促进合作；', 'constant.numeric.subparagraph'), ['(iv)']);
    assert.deepStrictEqual(textsWith('㈠ 加强能力建设；', 'constant.numeric.subparagraph'), ['㈠']);
    const sub = lines.find((l) => /^\s*\([a-z]\)\s*\S/.test(l));
    if (sub) assert.strictEqual(textsWith(sub, 'constant.numeric.subparagraph').length, 1);
  });

  it('colours footnote references in every form and footnote definitions', () => {
    const pp1 = findLine(lines, (l) => l.startsWith('回顾其关于信息和通信技术'));
    assert.deepStrictEqual(textsWith(pp1, 'constant.other.footnote.reference'), ['1']);
    const def = findLine(lines, (l) => l.startsWith('<sup>3</sup> 大会第69/313号决议'));
    assert.deepStrictEqual(textsWith(def, 'constant.other.footnote.definition'), ['3']);
    assert.ok(tokenize(def).some((t) => t.text.includes('附件') && t.scopes.includes('comment.line.footnote.resolution')));
    // the resolution cited inside the definition is still recognised
    assert.deepStrictEqual(textsWith(def, 'constant.other.symbol.resolution'), ['69/313']);
    const s76 = seed('001_');
    const uni = findLine(s76, (l) => l.startsWith('回顾其关于') && l.endsWith('¹'));
    assert.deepStrictEqual(textsWith(uni, 'constant.other.footnote.reference'), ['¹']);
    const uniDef = findLine(s76, (l) => l.startsWith('¹ 第 56/183'));
    assert.deepStrictEqual(textsWith(uniDef, 'constant.other.footnote.definition'), ['¹']);
    assert.deepStrictEqual(textsWith('as agreed.[^12]', 'constant.other.footnote.reference'), ['12']);
    assert.deepStrictEqual(textsWith('[^12]: Resolution 70/1, annex.', 'constant.other.footnote.definition'), ['12']);
  });

  it('colours document symbols and resolution citations', () => {
    const line = findLine(lines, (l) => l.includes('第 70/1 号决议'));
    assert.ok(textsWith(line, 'constant.other.symbol.resolution').includes('70/1'));
    assert.ok(textsWith(line, 'meta.reference.resolution').some((t) => t.startsWith('第 70/1 号决议')));
    const list = findLine(lines, (l) => l.startsWith('<sup>1</sup> 第 56/183'));
    const numbers = textsWith(list, 'constant.other.symbol.resolution');
    assert.strictEqual(numbers.length, 21, numbers.join(' '));
    assert.strictEqual(numbers[0], '56/183');
    assert.strictEqual(numbers[20], '78/132');
    for (const s of ['A/RES/80/118', 'E/2025/31', 'A/C.2/59/3', 'E/CN.16/2018/CRP.3', 'TD/B/EDE/4/3', 'A/80/62-E/2025/12', 'A/RES/76/189/Corr.1']) {
      assert.deepStrictEqual(textsWith(`见 ${s}，附件。`, 'constant.other.symbol.resolution'), [s], s);
    }
    assert.deepStrictEqual(textsWith('see resolution 70/1 and A/60/687.', 'constant.other.symbol.resolution'), ['70/1', 'A/60/687']);
    // a date or a ratio is not a symbol
    assert.deepStrictEqual(textsWith('2025年12月15日，比例为 3/4', 'constant.other.symbol.resolution'), []);
  });

  it('tokenises every line of every seed quickly, without losing text', () => {
    const started = Date.now();
    let state = vsctm.INITIAL;
    for (const prefix of ['000_', '001_', '002_', '003_', '004_']) {
      for (const line of seed(prefix)) {
        const r = grammar.tokenizeLine(line, state);
        const joined = r.tokens.map((t) => line.slice(t.startIndex, t.endIndex)).join('');
        assert.strictEqual(joined, line);
        state = r.ruleStack;
      }
    }
    // adversarial: long runs that tempt a backtracking regex
    const nasty = ['A/' + '1/'.repeat(5000), '第 ' + '1/1、'.repeat(3000) + 'x', '<sup>'.repeat(5000), '('.repeat(20000), '**'.repeat(10000)];
    for (const line of nasty) grammar.tokenizeLine(line, vsctm.INITIAL);
    assert.ok(Date.now() - started < 10000, 'bounded time');
  });
});
