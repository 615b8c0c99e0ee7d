import { emptyState } from '../components/empty-state';
import { h } from '../dom';
import type { View } from '../view';

export function notFoundView(): View {
  return {
    title: 'Not found',
    element: h(
      'div',
      { class: 'page' },
      emptyState('search', 'There is no such page', 'The link may be from an older version.', h('a', { class: 'button', href: '#/' }, 'Go to the overview')),
    ),
  };
}
