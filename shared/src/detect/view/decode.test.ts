import { describe, expect, it } from 'vitest';
import { ORDINARY, unitClass } from './characters';
import { decodedView, encodedLinesView } from './decode';

/** The line view of `text`, given what the token scanner would record for it. */
function linesView(text: string) {
  const specials: number[] = [];
  for (let i = 0; i < text.length; i++) if (unitClass(text.charCodeAt(i)) !== ORDINARY) specials.push(i);
  return encodedLinesView(text, text.indexOf('\\'), specials);
}

describe('encodedLinesView', () => {
  it('has nothing for text without escapes, invisible or compatibility characters', () => {
    for (const text of ['plain ascii\nlines', 'accents é and 中文 and 😀', 'a regex \\d+\\s*', '']) {
      expect(linesView(text), text).toBeUndefined();
    }
  });

  it('decodes a row of like escapes one by one, an escaped surrogate with the one after it', () => {
    const text = 'a\\\\\\\\b \\uD83D\\uD83D\\uDE00 ｇｈｐ';
    const view = linesView(text)!;
    expect(view.text).toBe('a\\\\b \uD83D\uD83D\uDE00 ghp');
    expect(view.toOriginal(2, 3)).toEqual({ start: 3, end: 5 });
    expect(view.unitAround(4)).toEqual({ start: 3, end: 5 });
    expect(view.unitAround(5)).toBeUndefined();
    const pair = view.text.indexOf('\uD83D\uDE00');
    expect(view.toOriginal(pair, pair + 2)).toEqual({ start: 13, end: 25 });
    expect(view.unitAround(19)).toEqual({ start: 13, end: 25 });
    const ghp = view.text.indexOf('ghp');
    expect(view.toOriginal(ghp + 1, ghp + 2)).toEqual({ start: 27, end: 28 });
  });

  it('decodes only the lines that need it, joining neighbours and separating the rest', () => {
    const text = 'one\ntwo \\"q\\"\nthree\\tx\nfour\nfive\u200b!\nsix';
    const view = linesView(text)!;
    expect(view.text).toBe('two "q"\nthree\tx\n\nfive!');
    expect(view.toOriginal(0, 7)).toEqual({ start: 4, end: 13 });
    expect(view.toOriginal(0, 15)).toEqual({ start: 4, end: 22 });
    // Across the blank separator: two unrelated lines.
    expect(view.toOriginal(8, 20)).toBeUndefined();
    const five = view.text.indexOf('five!');
    const span = view.toOriginal(five, five + 5)!;
    expect(text.slice(span.start, span.end)).toBe('five\u200b!');
  });

  it('decodes a whole long line, from its start, so a value keeps its key', () => {
    const text = `x\n{"api_key": "abc\\tdef"}`;
    expect(linesView(text)!.text).toBe('{"api_key": "abc\tdef"}');
  });

  it('starts a paragraph where a string value holding a file begins, so the file starts a line as it does on disk', () => {
    const text = '{"path":"a.csv","content":"id,name,nino\\n1,Ann,AB123456C\\n"}';
    const view = linesView(text)!;
    expect(view.text).toBe('{"path":"a.csv","content":"\n\nid,name,nino\n1,Ann,AB123456C\n"}');
    // The blank line stands for nothing: no span maps across it, and the header maps back to itself.
    const header = view.text.indexOf('id,name');
    expect(view.toOriginal(header - 3, header + 2)).toBeUndefined();
    const span = view.toOriginal(header, header + 'id,name,nino'.length)!;
    expect(text.slice(span.start, span.end)).toBe('id,name,nino');
  });

  it('starts only a line for one value with a line break and more after it, its key on the line above', () => {
    const text = '{"secret":"Zq7xT9vLp2zRk8WnQ4mB\\nrotated"}';
    expect(linesView(text)!.text).toBe('{"secret":"\nZq7xT9vLp2zRk8WnQ4mB\nrotated"}');
  });

  it('closes one value the line break after it ends, with a quote that maps to nothing', () => {
    const text = '{"password": "Xq7!vLp2zRk8Wn\\n"}';
    const view = linesView(text)!;
    expect(view.text).toBe('{"password": "Xq7!vLp2zRk8Wn"\n"}');
    const close = view.text.indexOf('"\n');
    expect(view.toOriginal(close, close + 1)).toBeUndefined();
    // The value maps back to itself, and the line break to its escape.
    expect(view.toOriginal(14, close)).toEqual({ start: 14, end: text.indexOf('\\n') });
    expect(view.toOriginal(close + 1, close + 2)).toEqual({ start: text.indexOf('\\n'), end: text.indexOf('\\n') + 2 });
  });

  it('treats an escaped backslash as one unit, so the letter after it stays a letter', () => {
    const text = 'C:\\\\new';
    expect(linesView(text)!.text).toBe('C:\\new');
  });
});

describe('decodedView', () => {
  it('decodes a range such as the inside of one JSON string, mapping to the whole text', () => {
    const body = '{"a": "x\\ty\\u00e9z", "b": 1}';
    const start = body.indexOf('x');
    const end = body.indexOf('z') + 1;
    const view = decodedView(body, { start, end });
    expect(view.text).toBe('x\tyéz');
    expect(view.toOriginal(2, 4)).toEqual({ start: start + 3, end: start + 10 });
  });

  it('folds without decoding, or decodes without folding, when asked', () => {
    expect(decodedView('a\\nｂ\u200bc', { json: false }).text).toBe('a\\nbc');
    expect(decodedView('a\\nｂ\u200bc', { fold: false }).text).toBe('a\nｂ\u200bc');
  });

  it('leaves an escape cut off by the end of the range as it is', () => {
    expect(decodedView('ab\\u00e9', { end: 5 }).text).toBe('ab\\u0');
  });

  it('refuses a range outside the text', () => {
    expect(() => decodedView('abc', { start: 2, end: 9 })).toThrow(/\[2, 9\) is not inside a text of 3 characters/);
  });
});
