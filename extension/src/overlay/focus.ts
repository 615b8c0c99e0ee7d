/** The element that has focus, looking inside open shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot ? (deepActiveElement(active.shadowRoot) ?? active) : active;
}

/** What Tab can reach inside `container`, in document order. */
export function tabbable(container: ParentNode): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('button, textarea, input, select, a[href], [tabindex]')].filter(
    (element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0,
  );
}

/** The element Tab (or Shift+Tab) moves to from `current`, going round at either end. */
export function nextInCycle(items: readonly HTMLElement[], current: Element | null, backwards: boolean): HTMLElement | undefined {
  if (!items.length) return undefined;
  const at = current ? items.indexOf(current as HTMLElement) : -1;
  if (at < 0) return backwards ? items[items.length - 1] : items[0];
  return items[(at + (backwards ? -1 : 1) + items.length) % items.length];
}
