import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../redact/test-helpers';
import { beforeClosingQuote, ClosingTags, QuotedValues } from './value-scan';

/** The value by the definition, read from scratch: up to the closing quote, `\\` skipping a character. */
function naive(text: string, at: number, max: number): { start: number; end: number } | undefined {
  let quote = text[at]!;
  let start = at + 1;
  const escaped = quote === '\\';
  if (escaped) {
    quote = text[at + 1]!;
    start = at + 2;
  }
  for (let i = start; i < Math.min(text.length, start + max); i++) {
    const c = text[i];
    if (c === '\n') return undefined;
    if (c === '\\') {
      if (text[i + 1] === quote) return { start, end: i };
      if (text[i + 1] === '\n') return undefined;
      i++;
      continue;
    }
    if (c === quote && !escaped) return { start, end: i };
  }
  return undefined;
}

describe('QuotedValues', () => {
  it('reads plain, escaped and unclosed strings', () => {
    const reader = new QuotedValues('a = "x1" b = \\"y2\\" c = \'z3\n', 300);
    expect(reader.valueAt(4)).toEqual({ start: 5, end: 7 });
    expect(reader.valueAt(13)).toEqual({ start: 15, end: 17 });
    expect(reader.valueAt(25)).toBeUndefined();
  });

  it('answers every call as reading from scratch would, however many calls share its memory', () => {
    const random = seededRandom(7);
    const alphabet = ['a', 'b', ' ', '"', "'", '\\', '\n', '='];
    for (let round = 0; round < 300; round++) {
      const length = 20 + Math.floor(random() * 200);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const max = 5 + Math.floor(random() * 60);
      const reader = new QuotedValues(text, max);
      // Ascending, as rules call it, with random jumps back now and then.
      for (let at = 0; at < text.length; at++) {
        const probe = random() < 0.1 ? Math.floor(random() * text.length) : at;
        const c = text[probe];
        if (c !== '"' && c !== "'" && !(c === '\\' && (text[probe + 1] === '"' || text[probe + 1] === "'"))) continue;
        expect(reader.valueAt(probe), `${JSON.stringify(text)} at ${probe}, max ${max}`).toEqual(naive(text, probe, max));
      }
    }
  });
});

/** The closing tag by the definition: the first `</` within `max` characters, before any line feed. */
function naiveClose(text: string, start: number, max: number): number | undefined {
  for (let i = start; i < Math.min(text.length - 1, start + max + 1); i++) {
    if (text[i] === '\n') return undefined;
    if (text[i] === '<' && text[i + 1] === '/') return i;
  }
  return undefined;
}

describe('ClosingTags', () => {
  it('answers every call as reading from scratch would, in any order', () => {
    const random = seededRandom(11);
    const alphabet = ['a', '<', '/', '>', '\n', ' '];
    for (let round = 0; round < 300; round++) {
      const length = 10 + Math.floor(random() * 150);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const max = 3 + Math.floor(random() * 40);
      const tags = new ClosingTags(text, max);
      for (let k = 0; k < 40; k++) {
        const start = random() < 0.8 ? Math.min(text.length, k * 3) : Math.floor(random() * text.length);
        expect(tags.closeOf(start), `${JSON.stringify(text)} from ${start}, max ${max}`).toEqual(naiveClose(text, start, max));
      }
    }
  });
});

describe('beforeClosingQuote', () => {
  /** The value of `text` from `start` to its end, as `beforeClosingQuote` ends it. */
  const valueOf = (text: string) => {
    // The value is what follows `run -p `, inside a string opened before it or not.
    const start = text.indexOf('-p ') + 3;
    return text.slice(start, beforeClosingQuote(text, start, text.length, start));
  };

  it('ends the last word of a quoted string before its quote and what closes after it', () => {
    expect(valueOf('"run -p S3cret!x"')).toBe('S3cret!x');
    expect(valueOf("sh('run -p S3cret!x')")).toBe('S3cret!x');
    expect(valueOf('{"cmd": ["run -p S3cret!x"]});')).toBe('S3cret!x');
    expect(valueOf('{\\"cmd\\": \\"run -p S3cret!x\\"}')).toBe('S3cret!x');
  });

  it('keeps a quote inside the value, one no string opened before, and a value without one', () => {
    expect(valueOf("'run -p ab'cd'ef")).toBe("ab'cd'ef");
    expect(valueOf('"run -p ab"cd')).toBe('ab"cd');
    expect(valueOf('run -p :meth:`peek`')).toBe(':meth:`peek`');
    expect(valueOf('"a"\nrun -p S3cret!x"')).toBe('S3cret!x"');
    expect(valueOf('run -p S3cret!x')).toBe('S3cret!x');
    expect(valueOf('(run -p S3cret!x)')).toBe('S3cret!x)');
  });

  it('reads only a few closers back', () => {
    expect(valueOf('"run -p x"' + ')'.repeat(20))).toBe('x"' + ')'.repeat(20));
  });
});
