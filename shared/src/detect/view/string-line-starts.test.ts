import { describe, expect, it } from 'vitest';
import { StringLineStarts } from './string-line-starts';

/** The offsets found over `text`, read as one line or line by line. */
function startsIn(text: string, byLine = false): number[] {
  const found: number[] = [];
  const builder = { startLineAt: (offset: number) => void found.push(offset) };
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

/** What follows each offset found, a few characters of it. */
const after = (text: string, byLine = false) => startsIn(text, byLine).map((at) => text.slice(at, at + 6));

describe('StringLineStarts', () => {
  it('finds the start of each member value that holds an escaped line break', () => {
    expect(after('{"path":"a.csv","content":"id,nam\\nrow"}')).toEqual(['id,nam']);
    expect(after('{"a": "one\\r\\ntwo", "b": "x", "c":\t"three\\u000Afour"}')).toEqual(['one\\r\\', 'three\\']);
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
    const text = 'x "a"\n{"c":"one\\ntwo"}\nno quote\n{"d": "three\\nfour"}\n"e"';
    expect(startsIn(text, true).map((at) => text.slice(at, at + 3))).toEqual(['one', 'thr']);
  });
});
