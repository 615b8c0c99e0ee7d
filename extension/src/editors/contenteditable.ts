import { dispatchOwn, nextTask, type EditorDriver } from './driver';
import { lineChanges } from './line-changes';
import { plainPaste, prosemirrorPaste, type PasteData } from './paste-data';
import { normalizeRichText, readRichText } from './rich-text';

/**
 * One way of putting text into a rich editor; whether it landed is checked after it. `replacesSelection`: it
 * writes over the editor's selection (a paste), so the editor must have taken "select all" first.
 * `editorApplies`: the editor makes the change itself (it handles the paste), so once its update is committed
 * there is no change of ours for it to take back, and what it shows is what it holds.
 */
type WriteAttempt = ((composer: HTMLElement, text: string) => void | Promise<void>) & { replacesSelection?: boolean; editorApplies?: boolean };

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
const pasteAttempt = (pasteData: PasteData): WriteAttempt =>
  Object.assign(
    (composer: HTMLElement, text: string) => {
      dispatchOwn(composer, new ClipboardEvent('paste', { clipboardData: pasteData(text), bubbles: true, cancelable: true, composed: true }));
    },
    { replacesSelection: true, editorApplies: true },
  );

function paragraph(line: string): HTMLParagraphElement {
  const element = document.createElement('p');
  // An empty paragraph holds a <br>, as these editors render one; they read the trailing <br> as nothing.
  element.append(line ? document.createTextNode(line) : document.createElement('br'));
  return element;
}

/**
 * ProseMirror and Quill read changes made to their DOM by others (spellcheckers, IME) back into their model,
 * so paragraphs are rewritten without a paste: claude.ai turns a long paste into an attachment card instead
 * of text, ProseMirror's plain-text paste drops blank lines, and Quill's paste of 100 KB holds the page for
 * seconds. A redaction keeps the lines, so only the paragraphs whose text changed are touched: the editor
 * re-reads three lines, not three thousand.
 */
const rewriteParagraphs: WriteAttempt = async (composer, text) => {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks = Array.from(composer.children);
  const oneLineEach =
    blocks.length === lines.length &&
    blocks.length === composer.childNodes.length &&
    blocks.every((block) => block.tagName === 'P' && !block.querySelector('p, div, br:not(:last-child)'));
  if (!oneLineEach) {
    composer.replaceChildren(...lines.map(paragraph));
    return;
  }
  for (let i = 0; i < lines.length; i++) {
    const block = composer.children[i];
    if (!block || composer.children.length !== lines.length) return; // the editor changed shape: the check after tells
    if (readRichText(block as HTMLElement) === lines[i]) continue;
    block.replaceWith(paragraph(lines[i]!));
    // The editor's mutation observer runs first: it re-reads this one paragraph, not everything up to the next change.
    await Promise.resolve();
  }
};

/**
 * Tells the editor of the selection just set, at once. Editors read the DOM selection when `selectionchange`
 * comes, but Chromium may hold that event, and every task queued after it, until its next frame: waiting a
 * task for it cost up to 16 ms of a send on Lexical. The same event now makes them read the same selection.
 */
function announceSelection(): void {
  document.dispatchEvent(new Event('selectionchange'));
}

/**
 * Past this many characters, the editor gets a task of its own for each paste after the first: Lexical's update
 * of a long text is long, and three of them in one task held a 100 KB page for a quarter of a second.
 */
const LONG_TEXT_CHARS = 16 * 1024;

/** More changed lines than this and one whole paste is quicker than selecting and pasting line by line. */
const MOST_LINE_PASTES = 50;

function textNodeHolding(composer: HTMLElement, line: string): Text | null {
  const walker = document.createTreeWalker(composer, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue === line) return node as Text;
  return null;
}

/**
 * Lexical redraws its whole DOM after a whole-content paste (a second for 100 KB), and puts back any DOM
 * change it did not make. So only what changed is pasted over: in each changed line, the stretch that
 * differs is selected and pasted, as a person fixing one value would. Lines the editor split across nodes
 * (formatting) leave it to the whole paste.
 */
const pasteChangedStretches: WriteAttempt = async (composer: HTMLElement, text: string) => {
  const changes = lineChanges(readRichText(composer), text.replace(/\r\n?/g, '\n'));
  if (!changes || changes.length > MOST_LINE_PASTES) return;
  const selection = window.getSelection();
  for (const [i, change] of changes.entries()) {
    if (i > 0 && text.length > LONG_TEXT_CHARS) await nextTask();
    const node = textNodeHolding(composer, change.oldLine);
    if (!node || !selection) return;
    const range = document.createRange();
    range.setStart(node, change.from);
    range.setEnd(node, change.to);
    selection.removeAllRanges();
    selection.addRange(range);
    announceSelection();
    dispatchOwn(composer, new ClipboardEvent('paste', { clipboardData: plainPaste(change.replacement), bubbles: true, cancelable: true, composed: true }));
    await Promise.resolve();
  }
};
// It selects its own stretches: no "select all" (and no task for the editor to take it) before it.
pasteChangedStretches.editorApplies = true;

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
        if (attempt.replacesSelection) {
          selectAllIn(composer);
          await nextTask(); // editors sync their selection from `selectionchange`
        } else {
          // A rewrite of the editor's DOM needs no selection: waiting a task for one was a tenth of a send.
          composer.focus();
        }
        await attempt(composer, text);
        // Editors apply a change at once or in a microtask (Lexical, ProseMirror's DOM observer).
        await Promise.resolve();
        if (attempt.editorApplies && landed()) return;
        // A whole task lets an editor that rejected our change to its DOM draw its own content back before we look.
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

/** Lexical (which draws its own DOM back over others' changes) and unknown editors: pastes over what changed, else a whole paste. */
export const contentEditableDriver = richTextDriver([pasteChangedStretches, pasteAttempt(plainPaste)], true);
/** Quill: its DOM rewritten and read back, else a plain-text paste. */
export const quillDriver = richTextDriver([rewriteParagraphs, pasteAttempt(plainPaste)], true);
/** ProseMirror: its DOM rewritten and read back, else its own clipboard HTML (the paste that keeps blank lines). */
export const prosemirrorDriver = richTextDriver([rewriteParagraphs, pasteAttempt(prosemirrorPaste)], false);
