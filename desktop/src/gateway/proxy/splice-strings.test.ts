import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../shared/src/redact/test-helpers';
import { collectTexts } from './json-text';
import { bodyLength, rewrittenBody, SPLICE_MIN_CHARS } from './rewritten-body';
import { spliceStrings } from './splice-strings';

const one = (text: string) => new Map([[text, 1]]);

describe('spliceStrings', () => {
  it('rewrites the values in the text the client sent, its spacing and key order kept', () => {
    const raw = '{ "model" : "m",\n  "messages": [ {"role":"user", "content" : "key ghp_x here"} ] }';
    const out = spliceStrings(raw, JSON.parse(raw), new Map([['key ghp_x here', 'key [GITHUB_PAT_1] here']]), one('key ghp_x here'));
    expect(out).toBe('{ "model" : "m",\n  "messages": [ {"role":"user", "content" : "key [GITHUB_PAT_1] here"} ] }');
  });

  it('finds string ends past escaped quotes and backslashes, and escapes what it writes', () => {
    const body = { a: 'ends with a backslash \\', b: 'say "hi"', c: 'secret\nline' };
    const raw = JSON.stringify(body);
    const out = spliceStrings(raw, body, new Map([['secret\nline', 'new "line"\n']]), one('secret\nline'));
    expect(JSON.parse(out!)).toEqual({ ...body, c: 'new "line"\n' });
  });

  it('leaves a key with the same text alone', () => {
    const raw = '{"tok ghp_x":"tok ghp_x"}';
    expect(spliceStrings(raw, JSON.parse(raw), new Map([['tok ghp_x', '[T_1]']]), one('tok ghp_x'))).toBe('{"tok ghp_x":"[T_1]"}');
  });

  it('gives up (the caller serialises) on duplicate keys, on other escapes, and on an uninspected equal value', () => {
    const rewrite = new Map([['tok ghp_x', '[T_1]']]);
    const duplicate = '{"content":"tok ghp_x","content":"tok ghp_x"}';
    expect(spliceStrings(duplicate, JSON.parse(duplicate), rewrite, one('tok ghp_x'))).toBeUndefined();
    const escaped = '{"content":"tok ghp\\u005fx"}';
    expect(spliceStrings(escaped, JSON.parse(escaped), rewrite, one('tok ghp_x'))).toBeUndefined();
    const asId = '{"id":"tok ghp_x","content":"tok ghp_x"}';
    expect(spliceStrings(asId, JSON.parse(asId), rewrite, one('tok ghp_x'))).toBeUndefined();
  });
});

describe('rewrittenBody', () => {
  it('sends the bytes as they came when nothing changed', () => {
    const raw = Buffer.from('{"messages":[{"role":"user","content":"hello"}]}');
    const body: unknown = JSON.parse(raw.toString());
    const fields = collectTexts(body, [], 'prompt');
    expect(
      rewrittenBody(
        raw,
        raw.toString(),
        body,
        fields,
        fields.map((field, i) => ({ id: String(i), text: field.text })),
      ),
    ).toBe(raw);
  });

  it("sends an ASCII body it splices as the client's own bytes around the replacements", () => {
    const raw = JSON.stringify({ messages: [{ role: 'user', content: 'tok ghp_x' }], padding: ' '.repeat(SPLICE_MIN_CHARS) }, null, 1);
    const body: unknown = JSON.parse(raw);
    const fields = collectTexts(body, [], 'prompt');
    const toSend = fields.map((field, i) => ({ id: String(i), text: field.text.replace('ghp_x', '[T_1]') }));
    const client = Buffer.from(raw);
    const out = rewrittenBody(client, raw, body, fields, toSend);
    expect(Array.isArray(out)).toBe(true);
    const parts = out as Buffer[];
    expect(Buffer.concat(parts).toString()).toBe(raw.replace('"tok ghp_x"', '"tok [T_1]"'));
    // The padding after the replacement is the client's buffer itself, not a copy.
    expect(parts.at(-1)!.buffer).toBe(client.buffer);
  });

  it('property: whatever way it takes, the upstream gets the body with exactly the inspected strings rewritten', () => {
    let spliced = 0;
    const words = ['tok', 'ghp_x', 'é', '日本', '"', '\\', '\n', '\u2028', 'id', 'x', ' ', '{}', '😀'];
    for (let seed = 1; seed <= 300; seed++) {
      const next = seededRandom(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
      const text = () => Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(words)).join('');
      const value = (depth: number): unknown => {
        const roll = next();
        if (depth > 3 || roll < 0.4) return text();
        if (roll < 0.5) return pick([1, true, null, 2.5]);
        if (roll < 0.75) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
        return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, () => [pick(['content', 'text', 'id', 'name', text()]), value(depth + 1)]));
      };
      // Padded past the size from which bodies are spliced rather than serialised again.
      const body = { messages: [value(0), value(0)], extra: value(0), padding: [' '.repeat(SPLICE_MIN_CHARS)] };
      const raw = JSON.stringify(body, null, pick([0, 1, 2]));
      const fields = collectTexts(body, [], 'prompt');
      const toSend = fields.map((field, i) => ({ id: String(i), text: next() < 0.5 ? `${field.text}[R_${i % 3}]` : field.text }));
      const expected: unknown = JSON.parse(raw);
      const expectedFields = collectTexts(expected, [], 'prompt');
      toSend.forEach((segment, i) => setAtPath(expected, expectedFields[i]!.path, segment.text));
      const out = rewrittenBody(Buffer.from(raw), raw, JSON.parse(raw), collectTexts(JSON.parse(raw), [], 'prompt'), toSend);
      const sent = Array.isArray(out) ? Buffer.concat(out).toString() : out.toString();
      expect(JSON.parse(sent), `seed ${seed}`).toEqual(expected);
      expect(bodyLength(out)).toBe(Buffer.byteLength(sent));
      const changed = toSend.some((segment, i) => segment.text !== fields[i]!.text);
      if (!Buffer.isBuffer(out) && changed && sent !== JSON.stringify(expected)) spliced++;
    }
    // Most bodies take the splice (indented ones show it: serialising again would drop the indentation).
    expect(spliced).toBeGreaterThan(100);
  });
});

function setAtPath(root: unknown, path: ReadonlyArray<string | number>, text: string): void {
  let node = root as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = text;
}
