/**
 * A strict JSON parser that keeps where each value and key is, so that a mistake in a
 * configuration file can be shown at its place. Never throws: a syntax error is returned with
 * its offset.
 */

export type JsonNode =
  | { type: 'object'; start: number; end: number; members: Array<{ key: string; keyStart: number; keyEnd: number; value: JsonNode }> }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string'; start: number; end: number; value: string }
  | { type: 'number'; start: number; end: number; value: number }
  | { type: 'boolean'; start: number; end: number; value: boolean }
  | { type: 'null'; start: number; end: number };

export type JsonParse = { ok: true; root: JsonNode } | { ok: false; offset: number; reason: string };

const MAX_DEPTH = 64;

class Fail {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

export function parseJsonTree(text: string): JsonParse {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (reason: string, at = i): never => {
    throw new Fail(at, reason);
  };
  const str = (): { value: string; start: number; end: number } => {
    const start = i;
    i++; // opening quote
    let out = '';
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text[i];
      if (c === '"') {
        i++;
        return { value: out, start, end: i };
      }
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail('bad escape');
        continue;
      }
      if (c.charCodeAt(0) < 0x20) fail('control character in string');
      out += c;
      i++;
    }
  };
  const value = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const members: Array<{ key: string; keyStart: number; keyEnd: number; value: JsonNode }> = [];
      ws();
      if (text[i] === '}') {
        i++;
        return { type: 'object', start, end: i, members };
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a property name in double quotes');
        const k = str();
        ws();
        if (text[i] !== ':') fail('expected “:”');
        i++;
        const v = value(depth + 1);
        members.push({ key: k.value, keyStart: k.start, keyEnd: k.end, value: v });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { type: 'object', start, end: i, members };
        }
        fail('expected “,” or “}”');
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return { type: 'array', start, end: i, items };
      }
      for (;;) {
        items.push(value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { type: 'array', start, end: i, items };
        }
        fail('expected “,” or “]”');
      }
    }
    if (c === '"') {
      const s = str();
      return { type: 'string', ...s };
    }
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (m && m[0]) {
      i += m[0].length;
      return { type: 'number', start, end: i, value: Number(m[0]) };
    }
    for (const [word, node] of [
      ['true', { type: 'boolean', value: true }],
      ['false', { type: 'boolean', value: false }],
      ['null', { type: 'null' }],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { ...node, start, end: i } as JsonNode;
      }
    }
    return fail(i >= text.length ? 'unexpected end of text' : `unexpected “${text[i]}”`);
  };
  try {
    const root = value(0);
    ws();
    if (i < text.length) fail('unexpected text after the end');
    return { ok: true, root };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, offset: Math.min(e.offset, text.length), reason: e.reason };
    return { ok: false, offset: 0, reason: String(e) };
  }
}
