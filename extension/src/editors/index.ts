import { contentEditableDriver, prosemirrorDriver, quillDriver } from './contenteditable';
import type { EditorDriver } from './driver';
import { textareaDriver } from './textarea';

/** How a site's composer is edited; picks the editor driver that reads and writes it. */
export type EditorKind = 'prosemirror' | 'quill' | 'lexical' | 'textarea';

const DRIVERS: Record<EditorKind, EditorDriver> = {
  prosemirror: prosemirrorDriver,
  quill: quillDriver,
  lexical: contentEditableDriver,
  textarea: textareaDriver,
};

/** The site's editor kind, unless a fallback selector found another kind of element (a textarea, or a rich editor on a textarea site). */
export function driverFor(kind: EditorKind, composer: HTMLElement): EditorDriver {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) return textareaDriver;
  return kind === 'textarea' ? contentEditableDriver : DRIVERS[kind];
}
