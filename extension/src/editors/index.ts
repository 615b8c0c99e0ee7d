import type { EditorKind } from '../sites/site';
import { contentEditableDriver, prosemirrorDriver, quillDriver } from './contenteditable';
import type { EditorDriver } from './driver';
import { textareaDriver } from './textarea';

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
