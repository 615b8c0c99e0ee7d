import { describe, expect, it } from 'vitest';
import { prosemirrorHtml } from './paste-data';

describe('prosemirrorHtml', () => {
  it('gives each line a paragraph, a blank line an empty one, and keeps indentation and markup-like text as text', () => {
    const html = prosemirrorHtml('def f():\r\n\n    return "<b>&</b>"');
    const root = document.createElement('div');
    root.innerHTML = html;
    const paragraphs = Array.from(root.querySelectorAll('p')).map((p) => p.textContent);
    expect(paragraphs).toEqual(['def f():', '', '    return "<b>&</b>"']);
    expect(root.querySelector('[data-pm-slice]')?.getAttribute('data-pm-slice')).toBe('1 1 []');
    expect(root.querySelector('b')).toBeNull();
  });
});
