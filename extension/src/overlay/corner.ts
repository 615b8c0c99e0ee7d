import { boxAt, chooseCorner, type Box } from './placement';
import { mountShadowHost } from './shadow-host';

type KeepClear = () => ReadonlyArray<Element | null | undefined>;

/** Sites move their composer as a chat grows (and while a long prompt is typed), so a placed stack is checked again. */
const RECHECK_MS = 500;

let keepClear: KeepClear = () => [];
let stack: { host: HTMLElement; corner: HTMLElement } | null = null;
let recheck: ReturnType<typeof setInterval> | undefined;
let listening = false;

function toBox(element: Element): Box | null {
  const rect = element.getBoundingClientRect();
  return rect.width || rect.height ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
}

function place(): void {
  if (!stack?.host.isConnected || !stack.corner.childElementCount) {
    clearInterval(recheck);
    recheck = undefined;
    return;
  }
  recheck ??= setInterval(place, RECHECK_MS);
  const { corner } = stack;
  const size = { width: corner.offsetWidth, height: corner.offsetHeight };
  const viewport = { width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight };
  const clear = keepClear().flatMap((element) => (element ? [toBox(element)].filter((box): box is Box => box !== null) : []));
  const box = boxAt(chooseCorner(size, viewport, clear), size, viewport, 16);
  corner.style.left = `${Math.max(0, box.x)}px`;
  corner.style.top = `${Math.max(0, box.y)}px`;
}

/**
 * The composer with the controls around it: its closest small ancestor that holds a button. When a site
 * renames its send button, promptgate no longer finds it, but it still sits beside the composer.
 */
export function composerArea(composer: HTMLElement | null): HTMLElement | null {
  if (!composer) return null;
  const limit = Math.max(composer.getBoundingClientRect().height * 3, 320);
  let node = composer.parentElement;
  for (let depth = 0; node && node !== document.body && depth < 4; depth++, node = node.parentElement) {
    if (node.getBoundingClientRect().height > limit) break;
    if (node.querySelector('button, [role="button"]')) return node;
  }
  return composer;
}

/**
 * What promptgate's notes must never cover, most important first (the site's send button, then its
 * composer). The content script names them once it knows the site.
 */
export function keepNotesClearOf(provider: KeepClear): void {
  keepClear = provider;
  place();
}

/**
 * The one stack of promptgate's notes on a page (the notice, then toasts), in a corner that leaves the send
 * button and the composer free, placed again whenever a note comes or goes.
 */
export function cornerStack(): HTMLElement {
  if (stack?.host.isConnected) return stack.corner;
  const { host, shadow } = mountShadowHost('promptgate-toasts', 'toasts');
  const corner = document.createElement('div');
  corner.className = 'corner';
  shadow.append(corner);
  stack = { host, corner };
  new MutationObserver(place).observe(corner, { childList: true, subtree: true, characterData: true });
  if (!listening) window.addEventListener('resize', place);
  listening = true;
  return corner;
}
