import { describe, expect, it } from 'vitest';
import { StringLineStarts } from './string-line-starts';

/** The line starts found over `text`, read as one line or line by line: offset, and whether a paragraph's. */
function startsIn(text: string, byLine = false): Array<[number, boolean]> {
  const found: Array<[number, boolean]> = [];
  const builder = { startLineAt: (offset: number, paragraph: boolean) => void found.push([offset, paragraph]), closeQuoteAt: () => {} };
  const strings = new StringLineStarts(text);
  if (!byLine) strings.collect(0, text.length, builder);
  else
    for (let start = 0; start <= text.length;) {
      const feed = text.indexOf('\n', start);
      const end = feed < 0 ? text.length : feed;
      strings.collect(start, end, builder);
      start = end + 1;
    }
  return found;
}

/** What follows each paragraph start found (a file), a few characters of it. */
const after = (text: string, byLine = false) =>
  startsIn(text, byLine)
    .filter(([, paragraph]) => paragraph)
    .map(([at]) => text.slice(at, at + 6));

describe('StringLineStarts', () => {
  it('finds the start of each member value that holds a file: a line break after a first line of words or cells', () => {
    expect(after('{"path":"a.csv","content":"id,nam\\nrow"}')).toEqual(['id,nam']);
    expect(after('{"a": "one two\\r\\nx", "b": "x", "c":\t"k: v\\u000Afour", "d": "id\\tname\\n1"}')).toEqual(['one tw', 'k: v\\u', 'id\\tna']);
  });

  it('starts a line for a value one word long before a break and more, and closes one the break ends', () => {
    const text = '{"secret":"Zq7xT9vLp2zRk8WnQ4mB\\nrotated", "password": "Xq7!vLp2zRk8Wn\\n", "pin": "Hq4$zR8m\\r\\n"}';
    const starts: Array<[string, boolean]> = [];
    const closes: string[] = [];
    new StringLineStarts(text).collect(0, text.length, {
      startLineAt: (at, paragraph) => void starts.push([text.slice(at, at + 4), paragraph]),
      closeQuoteAt: (at) => void closes.push(text.slice(at - 3, at + 2)),
    });
    expect(starts).toEqual([['Zq7x', false]]);
    expect(closes).toEqual(['8Wn\\n', 'R8m\\r']);
  });

  it('closes a value whose line break ends a string one level down, its quote escaped', () => {
    // What a file holding `{"password":"…` and a raw line break before `"}` is in a tool call's JSON.
    const text = '{"content":"{\\"password\\":\\"Xq7!vLp2zRk8Wn\\n\\"}"}';
    const closes: string[] = [];
    new StringLineStarts(text).collect(0, text.length, { startLineAt: () => {}, closeQuoteAt: (at) => void closes.push(text.slice(at - 3, at + 4)) });
    expect(closes).toEqual(['8Wn\\n\\"']);
  });

  it('reads a first line of punctuation alone (a JSON file, a YAML document) as a file, not a value', () => {
    expect(after('{"path":"package.json","content":"{\\n  \\"name\\": \\"app\\"\\n}"}')).toEqual(['{\\n  \\']);
    expect(after('{"content":"---\\nkey: v"}')).toEqual(['---\\nk']);
  });

  it('takes no other string: a key, a value without a line break, a string in an array, text that is no JSON', () => {
    expect(startsIn('{"content\\n": 1, "b": "no break", "c": ["x\\ny"]}')).toEqual([]);
    expect(startsIn('echo "a\\nb" | tr')).toEqual([]);
    expect(startsIn('plain text with a \\n escape and no quotes')).toEqual([]);
  });

  it('reads escaped quotes inside the value as part of it, and an escaped backslash as no escape', () => {
    expect(after('{"content":"say \\"hi\\"\\nbye"}')).toEqual(['say \\"']);
    // `\\\\n` is a backslash and a letter n: no line break in this value.
    expect(startsIn('{"content":"C:\\\\new"}')).toEqual([]);
  });

  it('finds the inner value of a JSON string that one level of decoding made plain', () => {
    // What a view of `{"stdout":"{\"content\":\"id,nino\\nrow\"}"}` reads one level down.
    expect(after('{"stdout":"{"content":"id,nino\\nrow"}"}')).toEqual(['id,nin']);
  });

  it('gives the same offsets read line by line as a line at a time would, each line on its own', () => {
    const text = 'x "a"\n{"c":"one two\\nx"}\nno quote\n{"d": "three, four\\nfive"}\n"e"';
    expect(startsIn(text, true).map(([at]) => text.slice(at, at + 3))).toEqual(['one', 'thr']);
  });
});
