/** What a rewrite pastes into a rich editor: the clipboard contents a person's paste of `text` would carry. */
export type PasteData = (text: string) => DataTransfer;

/** Plain text, which Quill and Lexical parse into their model line for line, blank lines and indentation kept. */
export const plainPaste: PasteData = (text) => {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return data;
};

const escapeHtml = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * ProseMirror's plain-text paste splits on runs of newlines (`/(?:\r\n?|\n)+/`), so blank lines vanish. Its own
 * clipboard HTML keeps them: one paragraph per line, an empty one for a blank line, and `data-pm-slice` makes
 * it parse with whitespace preserved (indentation stays) and join the first and last line to the paragraph
 * it lands in, as a copy from another ProseMirror would.
 */
export function prosemirrorHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`);
  return `<div data-pm-slice="1 1 []">${paragraphs.join('')}</div>`;
}

export const prosemirrorPaste: PasteData = (text) => {
  const data = plainPaste(text);
  data.setData('text/html', prosemirrorHtml(text));
  return data;
};
