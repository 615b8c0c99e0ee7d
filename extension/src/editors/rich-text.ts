const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'PRE', 'BLOCKQUOTE', 'UL', 'OL']);

function inlineText(node: Node): string {
  let out = '';
  node.childNodes.forEach((child, index) => {
    if (child.nodeType === Node.TEXT_NODE) out += child.nodeValue ?? '';
    else if (child instanceof HTMLElement) {
      // A trailing <br> only keeps an empty block open (ProseMirror, Quill, Lexical all add one).
      if (child.tagName === 'BR') out += index === node.childNodes.length - 1 ? '' : '\n';
      else if (BLOCKS.has(child.tagName)) out += (out && !out.endsWith('\n') ? '\n' : '') + blockText(child);
      else if (!child.hasAttribute('data-promptgate')) out += inlineText(child);
    }
  });
  return out;
}

function blockText(element: Element): string {
  const hasBlocks = Array.from(element.children).some((child) => BLOCKS.has(child.tagName));
  if (!hasBlocks) return inlineText(element);
  return Array.from(element.childNodes)
    .map((child) => (child instanceof HTMLElement && BLOCKS.has(child.tagName) ? blockText(child) : inlineText(child)))
    .filter((line, i, all) => line !== '' || i < all.length - 1 || all.length === 1)
    .join('\n');
}

/** The text of a rich-text composer as its editor would send it: one line per block, `<br>` as a newline. */
export function readRichText(root: HTMLElement): string {
  return blockText(root);
}

/**
 * A text as a rich editor holds it, for checking a rewrite landed exactly: line ends unified, a non-breaking
 * space (how editors keep a run of spaces visible) read as the space it stands for, and the end's trailing
 * whitespace dropped (an editor keeps no empty last paragraph). Blank lines and indentation count: an editor
 * that lost them does not hold the checked text, and the prompt is not sent.
 */
export function normalizeRichText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+$/, '');
}
