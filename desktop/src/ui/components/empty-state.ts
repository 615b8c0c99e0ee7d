import { h } from '../dom';
import { icon, type IconName } from '../icons';

/** What to show when there is nothing yet, saying what would make something appear. */
export function emptyState(iconName: IconName, title: string, body: string, action?: Node): HTMLElement {
  return h('div', { class: 'empty' }, h('div', { class: 'empty-icon' }, icon(iconName)), h('h3', null, title), h('p', null, body), action ?? null);
}

export function loading(): HTMLElement {
  return h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner' }), 'Loading…');
}

export function errorBox(error: unknown): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  return h('div', { class: 'notice notice-error', role: 'alert' }, icon('alert'), h('span', null, message));
}
