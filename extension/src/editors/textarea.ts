import { dispatchOwn, type EditorDriver } from './driver';

function field(composer: HTMLElement): HTMLTextAreaElement | HTMLInputElement {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) return composer;
  throw new Error('the composer is not a text field');
}

/**
 * `insertText` keeps the browser's undo stack and fires a real `input` event. Where it is refused, the native
 * value setter plus an `input` event is what React-controlled fields listen to (React tracks the setter).
 */
export const textareaDriver: EditorDriver = {
  read: (composer) => field(composer).value,
  normalize: (text) => text.replace(/\r\n?/g, '\n'),
  write(composer, text) {
    const input = field(composer);
    input.focus();
    input.select();
    // execCommand is deprecated and absent in some DOMs; the setter below covers that case.
    const exec = typeof document.execCommand === 'function' ? document.execCommand.bind(document) : () => false;
    const inserted = text === '' ? exec('delete') : exec('insertText', false, text);
    if (!inserted || input.value !== text) {
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input) as object, 'value')?.set;
      if (setter) setter.call(input, text);
      else input.value = text;
      dispatchOwn(input, new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    }
    return Promise.resolve();
  },
};
