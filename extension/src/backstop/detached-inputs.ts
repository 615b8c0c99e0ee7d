/**
 * A file input the site creates and opens without putting it in the document sends its `change` event to
 * nobody but itself, past the file guard's window listeners. Opened from the main world, it is first placed
 * in a hidden holder, so its events travel through the window like every other input's.
 */
export function attachDetachedFileInputs(): void {
  const proto = HTMLInputElement.prototype;
  let holder: HTMLElement | null = null;
  const attach = (input: HTMLInputElement) => {
    if (input.type !== 'file' || input.isConnected) return;
    if (!holder?.isConnected) {
      holder = document.createElement('div');
      holder.hidden = true;
      holder.setAttribute('data-promptgate', 'detached-inputs');
      document.documentElement.append(holder);
    }
    holder.append(input);
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the native method, called with the element as `this`.
  const click = proto.click;
  proto.click = function (this: HTMLInputElement) {
    attach(this);
    return click.call(this);
  };
  if (typeof proto.showPicker === 'function') {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the native method, called with the element as `this`.
    const showPicker = proto.showPicker;
    proto.showPicker = function (this: HTMLInputElement) {
      attach(this);
      return showPicker.call(this);
    };
  }
}
