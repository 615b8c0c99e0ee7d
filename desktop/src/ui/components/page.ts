import { h } from '../dom';

/** A page's title row: heading, one line saying what the page is for, optional actions on the right. */
export function pageHeader(title: string, subtitle: string, ...actions: Node[]): HTMLElement {
  return h(
    'header',
    { class: 'page-header' },
    h('div', null, h('h1', null, title), h('p', { class: 'subtitle' }, subtitle)),
    actions.length ? h('div', { class: 'page-actions' }, actions) : null,
  );
}

export function card(title: string | null, ...children: Array<Node | null>): HTMLElement {
  return h('section', { class: 'card' }, title ? h('h2', { class: 'card-title' }, title) : null, children);
}
