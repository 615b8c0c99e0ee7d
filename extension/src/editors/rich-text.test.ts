import { describe, expect, it } from 'vitest';
import { normalizeRichText, readRichText } from './rich-text';

function html(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  return root;
}

describe('readRichText', () => {
  it('reads ProseMirror paragraphs as lines, ignoring the trailing break of an empty one', () => {
    expect(readRichText(html('<p>first</p><p><br class="ProseMirror-trailingBreak"></p><p>third</p>'))).toBe('first\n\nthird');
  });

  it('reads Lexical line breaks inside one paragraph', () => {
    expect(readRichText(html('<p dir="ltr"><span data-lexical-text="true">a</span><br><span data-lexical-text="true">b</span></p>'))).toBe('a\nb');
  });

  it('reads a Quill editor and plain inline text', () => {
    expect(readRichText(html('<p>one <strong>two</strong></p><p>three</p>'))).toBe('one two\nthree');
    expect(readRichText(html('just text'))).toBe('just text');
  });
});

describe('normalizeRichText', () => {
  it('ignores line-end style and the trailing newline an editor drops', () => {
    expect(normalizeRichText('a\r\n\r\nb\n')).toBe(normalizeRichText('a\n\nb'));
    expect(normalizeRichText('a\u00a0 b')).toBe(normalizeRichText('a  b'));
  });

  it('tells a text that lost its blank lines or indentation from the original', () => {
    expect(normalizeRichText('a\nb')).not.toBe(normalizeRichText('a\n\nb'));
    expect(normalizeRichText('if x:\n    y')).not.toBe(normalizeRichText('if x:\ny'));
    expect(normalizeRichText('if x:\n    y')).not.toBe(normalizeRichText('if x:\n y'));
  });
});
