import { ApiError } from '../api';
import { h } from '../dom';
import { icon, type IconName } from '../icons';

/** What to show when there is nothing yet, saying what would make something appear. */
export function emptyState(iconName: IconName, title: string, body: string, action?: Node): HTMLElement {
  return h('div', { class: 'empty' }, h('div', { class: 'empty-icon' }, icon(iconName)), h('h3', null, title), h('p', null, body), action ?? null);
}

export function loading(): HTMLElement {
  return h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner' }), 'Loading…');
}

/** A failed load, as a sentence: the gateway's messages are lower-case fragments meant to be quoted. */
export function errorBox(error: unknown): HTMLElement {
  const raw = (error instanceof Error ? error.message : String(error)).trim();
  const sentence = raw.charAt(0).toUpperCase() + raw.slice(1) + (/[.!?]$/.test(raw) ? '' : '.');
  const unauthorized = error instanceof ApiError && error.status === 401;
  return h(
    'div',
    { class: 'notice notice-error', role: 'alert' },
    icon('alert'),
    h('span', null, unauthorized ? h('strong', null, 'This window is not signed in. ') : null, sentence),
  );
}
