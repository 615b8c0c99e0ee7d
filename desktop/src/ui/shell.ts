import type { Api } from './api';
import { cls, h, replace } from './dom';
import { icon, type IconName } from './icons';
import type { ConnectionState, LiveStream } from './live';
import type { RouteName } from './router';
import type { View } from './view';

interface NavItem {
  route: RouteName;
  href: string;
  label: string;
  icon: IconName;
  /** Other routes that light up this item (a session's timeline belongs to Sessions). */
  also?: RouteName[];
}

const NAV: NavItem[] = [
  { route: 'overview', href: '#/', label: 'Overview', icon: 'overview' },
  { route: 'approvals', href: '#/approvals', label: 'Approvals', icon: 'approvals' },
  { route: 'sessions', href: '#/sessions', label: 'Sessions', icon: 'sessions', also: ['session'] },
  { route: 'settings', href: '#/settings', label: 'Settings', icon: 'settings' },
];

const CONNECTION_TEXT: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  offline: 'Reconnecting…',
};

export interface Shell {
  show(route: RouteName, view: View): void;
}

/**
 * The frame around every view: the left navigation (with the pending-approvals badge, kept current from the
 * live stream) and the main column.
 */
export function buildShell(root: HTMLElement, live: LiveStream, client: Api): Shell {
  const badge = h('span', { class: 'nav-badge', 'data-testid': 'pending-badge', hidden: true });
  const links: Array<[NavItem, HTMLAnchorElement]> = [];
  const nav = h(
    'nav',
    { class: 'nav', 'aria-label': 'Main' },
    NAV.map((item) => {
      const link = h(
        'a',
        { href: item.href, class: 'nav-link', 'data-route': item.route },
        icon(item.icon),
        h('span', { class: 'nav-label' }, item.label),
        item.route === 'approvals' ? badge : null,
      );
      links.push([item, link]);
      return link;
    }),
  );
  const connectionDot = h('span', { class: 'dot' });
  const connectionText = h('span', null, '');
  const connection = h('div', { class: 'connection', 'data-testid': 'connection' }, connectionDot, connectionText);
  const main = h('main', { class: 'main', id: 'main' });

  replace(
    root,
    h(
      'div',
      { class: 'layout' },
      h(
        'aside',
        { class: 'sidebar' },
        h(
          'div',
          { class: 'sidebar-inner' },
          h('a', { class: 'brand', href: '#/' }, h('span', { class: 'brand-mark' }, icon('shield')), h('span', { class: 'brand-name' }, 'promptgate')),
          nav,
          h(
            'div',
            { class: 'sidebar-foot' },
            connection,
            h('div', { class: 'sidebar-note', title: 'This gateway listens on loopback only' }, 'Local gateway ', h('span', { class: 'mono' }, location.host)),
          ),
        ),
      ),
      main,
    ),
  );

  const setPending = (count: number) => {
    badge.textContent = String(count);
    badge.hidden = count === 0;
    badge.setAttribute('aria-label', `${count} waiting`);
  };
  // The stream says which approval changed, not how many are left: count again, newest answer wins.
  let asked = 0;
  let shown = 0;
  live.subscribe((event) => {
    if (event.type === 'hello') setPending(event.pendingApprovals);
    if (event.type === 'approval') {
      const mine = ++asked;
      client
        .approvals()
        .then(({ approvals }) => {
          if (mine < shown) return;
          shown = mine;
          setPending(approvals.length);
        })
        .catch(() => undefined);
    }
  });
  live.onState((state) => {
    connection.className = cls('connection', `is-${state}`);
    connectionText.textContent = CONNECTION_TEXT[state];
  });

  return {
    show(route, view) {
      for (const [item, link] of links) {
        if (item.route === route || item.also?.includes(route)) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
      }
      replace(main, view.element);
    },
  };
}
