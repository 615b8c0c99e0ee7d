import { h, replace } from '../dom';
import { previewText } from '../text-preview';
import { maskedText } from './masked-text';

type Findings = Parameters<typeof maskedText>[1];

export interface ExpandOptions {
  /** Start expanded: a list that re-renders on every live event keeps what the person opened. */
  expanded?: boolean;
  onToggle?: (expanded: boolean) => void;
}

/**
 * Masked text for a list row: the first lines, with a button that shows the rest. The two are returned apart
 * because the text usually sits inside a link (the row) and a button must not.
 */
export function expandableMaskedText(text: string, findings: Findings = [], options: ExpandOptions = {}): { text: HTMLElement; toggle: HTMLButtonElement | null } {
  const preview = previewText(text);
  const holder = h('div', { class: 'expandable-text' });
  if (!preview.cut) {
    holder.append(maskedText(preview.text, findings));
    return { text: holder, toggle: null };
  }

  const more = preview.lines > 1 ? `Show all ${preview.lines} lines` : 'Show all';
  const toggle = h('button', { class: 'link-button', type: 'button' });
  const show = (expanded: boolean) => {
    replace(holder, maskedText(expanded ? text : preview.text, findings));
    holder.classList.toggle('is-cut', !expanded);
    toggle.setAttribute('aria-expanded', String(expanded));
    toggle.textContent = expanded ? 'Show less' : more;
  };
  toggle.addEventListener('click', () => {
    const expanded = toggle.getAttribute('aria-expanded') !== 'true';
    show(expanded);
    options.onToggle?.(expanded);
  });
  show(options.expanded ?? false);
  return { text: holder, toggle };
}
