import { OVERLAY_CSS } from './styles';

/**
 * A custom element on <html> with an open shadow root holding promptgate's styles (plus `css`): what the page's
 * own styles cannot reach. Returns the root to fill.
 */
export function mountShadowHost(tag: string, name: string, css = ''): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute('data-promptgate', name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS + css;
  shadow.append(style);
  document.documentElement.append(host);
  return { host, shadow };
}

/** The × that closes a note, named for screen readers. */
export function closeButton(label: string, onClose: () => void): HTMLButtonElement {
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = '×';
  close.setAttribute('aria-label', label);
  close.addEventListener('click', onClose);
  return close;
}
