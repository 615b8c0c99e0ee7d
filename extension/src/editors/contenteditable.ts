import { dispatchOwn, nextTask, type EditorDriver } from './driver';
import { normalizeRichText, readRichText } from './rich-text';

function selectAllIn(composer: HTMLElement): void {
  composer.focus();
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(composer);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** A paste is what ProseMirror, Quill and Lexical all parse into their model, multi-line text included. */
function pastePlain(composer: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  dispatchOwn(composer, new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

/**
 * Writes by selecting everything and pasting plain text: the editor handles it as a user paste, so its model,
 * undo history and the site's state all follow. If the editor ignored the paste, `insertText` is the fallback.
 */
export const contentEditableDriver: EditorDriver = {
  read: readRichText,
  normalize: normalizeRichText,
  async write(composer, text) {
    selectAllIn(composer);
    await nextTask(); // editors sync their selection from `selectionchange`
    pastePlain(composer, text);
    // ProseMirror and Quill apply a paste at once, Lexical in a microtask: look before yielding a whole task.
    const landed = () => normalizeRichText(readRichText(composer)) === normalizeRichText(text);
    if (landed()) return;
    await Promise.resolve();
    if (landed()) return;
    await nextTask();
    if (landed()) return;
    selectAllIn(composer);
    await nextTask();
    if (typeof document.execCommand === 'function') document.execCommand('insertText', false, text);
    await nextTask();
  },
};
