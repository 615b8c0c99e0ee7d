import { contentEditableDriver } from './contenteditable';
import type { EditorDriver } from './driver';
import { textareaDriver } from './textarea';

/** ProseMirror, Quill and Lexical all accept a plain-text paste into their model; text fields take `insertText`. */
export function driverFor(composer: HTMLElement): EditorDriver {
  return composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement ? textareaDriver : contentEditableDriver;
}
