/**
 * How the guard finds a composer or a send control the site's selectors do not know (the site changed its
 * markup). Deliberately broad: what these catch is checked, not blocked, so a false match costs one check.
 */

const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
const BUTTON_LIKE = 'button, [role="button"], input[type="submit"]';
/** How far up from the composer its controls are looked for (a composer's buttons sit in its form or box). */
const NEIGHBOURHOOD_LEVELS = 5;

/** The outermost editable region an event went through: a textarea or the root of a contenteditable. */
export function editableInPath(path: readonly EventTarget[]): HTMLElement | null {
  for (const target of path) {
    if (!(target instanceof HTMLElement) || !target.matches(EDITABLE)) continue;
    let root = target;
    for (let up = target.parentElement?.closest<HTMLElement>(EDITABLE); up; up = up.parentElement?.closest<HTMLElement>(EDITABLE)) root = up;
    return root;
  }
  return null;
}

/** A visible editable region on the page: something a person could be typing a prompt into. */
export function visibleEditable(root: ParentNode = document): HTMLElement | null {
  return Array.from(root.querySelectorAll<HTMLElement>(EDITABLE)).find((element) => !element.closest('[hidden], [aria-hidden="true"], [inert]')) ?? null;
}

/** The innermost button-like element an event went through, if it can be clicked. */
export function buttonInPath(path: readonly EventTarget[]): HTMLElement | null {
  for (const target of path) {
    if (!(target instanceof HTMLElement) || !target.matches(BUTTON_LIKE)) continue;
    const disabled = (target instanceof HTMLButtonElement && target.disabled) || target.getAttribute('aria-disabled') === 'true';
    return disabled ? null : target;
  }
  return null;
}

/** True when the control sits with the composer (its form, or the box a few levels up that holds both). */
export function nearComposer(control: HTMLElement, composer: HTMLElement): boolean {
  if (composer.closest('form')?.contains(control)) return true;
  let box: HTMLElement | null = composer.parentElement;
  for (let level = 0; box && level < NEIGHBOURHOOD_LEVELS; level++, box = box.parentElement) {
    if (box === document.body) return false;
    if (box.contains(control)) return true;
  }
  return false;
}
