import { describe, expect, it } from 'vitest';
import { composeViews, ViewBuilder } from './text-view';

describe('ViewBuilder', () => {
  it('holds every character of a view dense with escapes, across the growth and flushes of its buffer', () => {
    // 3,000 escapes with short runs between them: tens of thousands of code units gathered before each string.
    const original = Array.from({ length: 3000 }, (_, i) => `k${i % 10}\\n\u00e9`).join('');
    const builder = new ViewBuilder();
    let expected = '';
    for (let at = 0; at < original.length;) {
      const escape = original.indexOf('\\n', at);
      if (escape < 0) {
        builder.copy(original, at, original.length);
        expected += original.slice(at);
        break;
      }
      builder.copy(original, at, escape);
      builder.replace(escape, escape + 2, '\n');
      expected += original.slice(at, escape) + '\n';
      at = escape + 2;
    }
    const view = builder.build();
    expect(view.text).toBe(expected);
    // The last line feed stands for its two-character escape, the accent after it for itself.
    expect(view.toOriginal(expected.length - 2, expected.length)).toEqual({ start: original.length - 3, end: original.length });
  });

  const original = 'ab\\ncd\u200bef';
  // `ab` + line feed (for `\n`) + `cd` + (zero-width space dropped) + `ef`
  function build() {
    const builder = new ViewBuilder();
    builder.copy(original, 0, 2);
    builder.replace(2, 4, '\n');
    builder.copy(original, 4, 6);
    builder.replace(6, 7, '');
    builder.copy(original, 7, 9);
    return builder.build();
  }

  it('holds the decoded text', () => {
    expect(build().text).toBe('ab\ncdef');
  });

  it('maps unchanged characters one to one', () => {
    expect(build().toOriginal(0, 2)).toEqual({ start: 0, end: 2 });
    expect(build().toOriginal(5, 7)).toEqual({ start: 7, end: 9 });
  });

  it('maps a decoded character to its whole escape sequence, at either end of a span', () => {
    const view = build();
    expect(view.toOriginal(2, 3)).toEqual({ start: 2, end: 4 });
    expect(view.toOriginal(1, 3)).toEqual({ start: 1, end: 4 });
    expect(view.toOriginal(2, 5)).toEqual({ start: 2, end: 6 });
  });

  it('keeps a dropped invisible character inside a span that goes across it', () => {
    const view = build();
    expect(view.toOriginal(3, 7)).toEqual({ start: 4, end: 9 });
    expect(original.slice(4, 9)).toBe('cd\u200bef');
  });

  it('knows the escape sequences and dropped sequences a finding must not start or end inside', () => {
    const builder = new ViewBuilder();
    builder.replace(0, 2, '\n');
    builder.replace(2, 8, '');
    builder.replace(8, 9, 'x');
    builder.copy('0123456789abc', 9, 12);
    const view = builder.build();
    expect(view.unitAround(1)).toEqual({ start: 0, end: 2 });
    expect(view.unitAround(5)).toEqual({ start: 2, end: 8 });
    for (const offset of [0, 2, 8, 9, 10, 12]) expect(view.unitAround(offset), String(offset)).toBeUndefined();
  });

  it('refuses to be read once released, and a view built on its arrays afterwards maps as its own', () => {
    // Many pieces first, so the arrays handed on hold stale entries past the next view's few pieces.
    const dense = new ViewBuilder();
    for (let i = 0; i < 500; i++) {
      dense.replace(2 * i, 2 * i + 2, i % 2 === 0 ? '' : '\t');
      if (i % 50 === 1) dense.gap('\n');
    }
    const released = dense.build();
    released.release();
    expect(() => released.toOriginal(0, 1)).toThrow(/released/);
    expect(() => released.unitAround(1)).toThrow(/released/);
    const view = build();
    expect(view.text).toBe('ab\ncdef');
    expect(view.toOriginal(2, 5)).toEqual({ start: 2, end: 6 });
    expect(view.toOriginal(3, 7)).toEqual({ start: 4, end: 9 });
    expect(view.unitAround(3)).toEqual({ start: 2, end: 4 });
    expect(view.unitAround(8)).toBeUndefined();
  });

  it('refuses a run of units longer than any escape, rather than mapping it wrong', () => {
    expect(() => new ViewBuilder().repeat(0, 300, 2, 65)).toThrow(/300 characters/);
  });

  it('maps nothing across a gap, nor an empty or out-of-range span', () => {
    const builder = new ViewBuilder();
    builder.copy('abcdef', 0, 2);
    builder.gap('\n\n');
    builder.copy('abcdef', 4, 6);
    const view = builder.build();
    expect(view.text).toBe('ab\n\nef');
    expect(view.toOriginal(4, 6)).toEqual({ start: 4, end: 6 });
    expect(view.toOriginal(1, 5)).toBeUndefined();
    expect(view.toOriginal(2, 3)).toBeUndefined();
    expect(view.toOriginal(3, 3)).toBeUndefined();
    expect(view.toOriginal(5, 9)).toBeUndefined();
  });
});

describe('ViewBuilder with like units side by side', () => {
  // `\\` three times, then `\n` twice, then `x`: each escape its own unit, as if each had a piece of its own.
  const original = '\\\\\\\\\\\\\\n\\nx';
  function build() {
    const builder = new ViewBuilder();
    for (let at = 0; at < 10; at += 2) builder.replace(at, at + 2, original[at + 1] === 'n' ? '\n' : '\\');
    builder.copy(original, 10, 11);
    return builder.build();
  }

  it('maps each decoded character to its own escape', () => {
    const view = build();
    expect(view.text).toBe('\\\\\\\n\nx');
    expect(view.toOriginal(1, 2)).toEqual({ start: 2, end: 4 });
    expect(view.toOriginal(1, 4)).toEqual({ start: 2, end: 8 });
    expect(view.toOriginal(4, 6)).toEqual({ start: 8, end: 11 });
  });

  it('knows the escape around an offset, and that the boundaries between escapes are inside none', () => {
    const view = build();
    expect(view.unitAround(3)).toEqual({ start: 2, end: 4 });
    expect(view.unitAround(9)).toEqual({ start: 8, end: 10 });
    for (const offset of [0, 2, 4, 6, 8, 10, 11]) expect(view.unitAround(offset), String(offset)).toBeUndefined();
  });

  it('lists each escape that decodes to a line feed', () => {
    expect(build().unitsDecodingTo((c) => c === 10)).toEqual([
      { start: 6, end: 8 },
      { start: 8, end: 10 },
    ]);
  });

  it('records the escapes that decode to a line break or tab as it builds, the same ones a reading of the view finds', () => {
    const builder = new ViewBuilder();
    // `\n`, `\t`, `\r`, `\\`, then a run of two `\n`.
    const text = '\\n\\t\\r\\\\\\n\\n';
    for (let at = 0; at < text.length; at += 2) builder.replace(at, at + 2, { n: '\n', t: '\t', r: '\r' }[text[at + 1]!] ?? '\\');
    const view = builder.build();
    const breaks = [
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 4, end: 6 },
      { start: 8, end: 10 },
      { start: 10, end: 12 },
    ];
    expect(view.breakUnits()).toEqual(breaks);
    expect(view.unitsDecodingTo((c) => c === 10 || c === 13 || c === 9)).toEqual(breaks);
  });

  it('keeps a byte order mark that starts a run of the view', () => {
    const builder = new ViewBuilder();
    builder.copy('\ufeffab', 0, 3);
    const view = builder.build();
    expect(view.text).toBe('\ufeffab');
    expect(view.toOriginal(1, 3)).toEqual({ start: 1, end: 3 });
  });

  it('builds text holding surrogates, paired or alone, unchanged', () => {
    const builder = new ViewBuilder();
    // An emoji (a pair cut between two copies) and a lone high surrogate, then a unit that decodes to another.
    const text = 'a\ud83d\ude00b\ud800c';
    builder.copy(text, 0, 2);
    builder.copy(text, 2, 5);
    builder.replace(5, 6, '\ud835');
    expect(builder.build().text).toBe('a\ud83d\ude00b\ud800\ud835');
  });

  it('places the start of each escape in a view of the view', () => {
    const outer = build();
    const inner = new ViewBuilder();
    inner.copy(outer.text, 0, 6);
    const view = composeViews(outer, inner.build());
    expect(view.unitAround(5)).toEqual({ start: 4, end: 6 });
    expect(view.unitAround(6)).toBeUndefined();
    expect(view.toOriginal(2, 3)).toEqual({ start: 4, end: 6 });
  });
});

describe('composeViews', () => {
  it('maps a span of a view of a view to the first original, with the units of both levels', () => {
    // `\\n` in the original is `\n` after one decoding and a line feed after two.
    const original = 'x\\\\ny';
    const outerBuilder = new ViewBuilder();
    outerBuilder.copy(original, 0, 1);
    outerBuilder.replace(1, 3, '\\');
    outerBuilder.copy(original, 3, 5);
    const outer = outerBuilder.build();
    expect(outer.text).toBe('x\\ny');
    const innerBuilder = new ViewBuilder();
    innerBuilder.copy(outer.text, 0, 1);
    innerBuilder.replace(1, 3, '\n');
    innerBuilder.copy(outer.text, 3, 4);
    const view = composeViews(outer, innerBuilder.build());
    expect(view.text).toBe('x\ny');
    expect(view.toOriginal(1, 2)).toEqual({ start: 1, end: 4 });
    expect(view.toOriginal(0, 3)).toEqual({ start: 0, end: 5 });
    // The `n` is a boundary in the outer view, but inside the escape `\\n` of the original.
    expect(view.unitAround(3)).toEqual({ start: 1, end: 4 });
    expect(view.unitAround(2)).toEqual({ start: 1, end: 3 });
    expect(view.unitAround(4)).toBeUndefined();
  });
});
