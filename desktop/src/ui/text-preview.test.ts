import { describe, expect, it } from 'vitest';
import { previewText } from './text-preview';

describe('previewText', () => {
  it('keeps a short multi-line text whole, line breaks included', () => {
    const text = 'Status update:\n[CUSTOM_NIGHTFALL_1] starts Monday.\nBring the badge.\n';
    expect(previewText(text)).toEqual({ text: 'Status update:\n[CUSTOM_NIGHTFALL_1] starts Monday.\nBring the badge.', cut: false, lines: 3 });
  });

  it('keeps the first lines of a long text and says how many there are', () => {
    const text = ['one', 'two', 'three', 'four', 'five'].join('\n');
    expect(previewText(text, 3)).toEqual({ text: 'one\ntwo\nthree', cut: true, lines: 5 });
  });

  it('cuts a long line at the character cap', () => {
    expect(previewText('x'.repeat(50), 6, 20)).toEqual({ text: 'x'.repeat(20), cut: true, lines: 1 });
  });

  it('never ends inside a placeholder', () => {
    const text = `${'a'.repeat(15)} [AWS_ACCESS_KEY_1] and more text after it`;
    const preview = previewText(text, 6, 20);
    expect(preview.text).toBe(`${'a'.repeat(15)} [AWS_ACCESS_KEY_1]`);
    expect(preview.cut).toBe(true);
  });
});
