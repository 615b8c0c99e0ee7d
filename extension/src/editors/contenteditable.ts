import { dispatchOwn, nextTask, type EditorDriver } from './driver';
import { plainPaste, prosemirrorPaste, type PasteData } from './paste-data';
import { normalizeRichText, readRichText } from './rich-text';

/** One way of putting text into a rich editor; whether it landed is checked after it. */
type WriteAttempt = (composer: HTMLElement, text: string) => void;

function selectAllIn(composer: HTMLElement): void {
  composer.focus();
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(composer);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** A paste is handled like a person's: the editor's model, undo history and the site's state all follow. */
const pasteAttempt =
  (pasteData: PasteData): WriteAttempt =>
  (composer, text) =>
    dispatchOwn(composer, new ClipboardEvent('paste', { clipboardData: pasteData(text), bubbles: true, cancelable: true, composed: true }));

/**
 * ProseMirror reads changes made to its DOM by others (spellcheckers, IME) back into its model, so one
 * paragraph per line replaces the content without a paste: claude.ai turns a long paste into an attachment
 * card instead of text, and a plain-text paste would drop blank lines.
 */
const replaceParagraphs: WriteAttempt = (composer, text) => {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const paragraph = document.createElement('p');
      // An empty paragraph holds a <br>, as ProseMirror renders one; it reads the trailing <br> as nothing.
      paragraph.append(line ? document.createTextNode(line) : document.createElement('br'));
      return paragraph;
    });
  composer.replaceChildren(...paragraphs);
};

/**
 * Writes with each attempt in turn until the composer holds the text; the adapter checks the exact text landed
 * afterwards, and nothing is sent when it did not. `insertText` is the last resort where it is safe: in
 * ProseMirror a typed-looking newline is turned into an Enter key press, which sites take as send.
 */
function richTextDriver(attempts: readonly WriteAttempt[], insertTextLast: boolean): EditorDriver {
  return {
    read: readRichText,
    normalize: normalizeRichText,
    async write(composer, text) {
      const landed = () => normalizeRichText(readRichText(composer)) === normalizeRichText(text);
      for (const attempt of attempts) {
        selectAllIn(composer);
        await nextTask(); // editors sync their selection from `selectionchange`
        attempt(composer, text);
        // Editors apply a change at once or in a microtask (Lexical, ProseMirror's DOM observer); a whole task
        // lets one that rejected it draw its own content back before we look.
        await Promise.resolve();
        await nextTask();
        if (landed()) return;
      }
      if (!insertTextLast || typeof document.execCommand !== 'function') return;
      selectAllIn(composer);
      await nextTask();
      document.execCommand('insertText', false, text);
      await nextTask();
    },
  };
}

/** Quill and Lexical: a plain-text paste, which they take line for line, blank lines and indentation kept. */
export const contentEditableDriver = richTextDriver([pasteAttempt(plainPaste)], true);
/** ProseMirror: its DOM rewritten and read back, else its own clipboard HTML (the paste that keeps blank lines). */
export const prosemirrorDriver = richTextDriver([replaceParagraphs, pasteAttempt(prosemirrorPaste)], false);
