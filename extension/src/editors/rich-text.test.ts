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
  it('compares texts as paragraph editors store them', () => {
    expect(normalizeRichText('a\r\n\r\n\nb  \n')).toBe(normalizeRichText('a\nb'));
    expect(normalizeRichText('a b')).not.toBe(normalizeRichText('a  c'));
  });
});
