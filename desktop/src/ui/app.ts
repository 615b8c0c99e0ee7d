import { api } from './api';
import { LiveStream } from './live';
import { hashPath, parseHash, type RouteName } from './router';
import { buildShell } from './shell';
import type { ViewContext, ViewFactory } from './view';
import { approvalsView } from './views/approvals';
import { notFoundView } from './views/not-found';
import { overviewView } from './views/overview';
import { sessionTimelineView } from './views/session-timeline';
import { sessionsView } from './views/sessions';
import { settingsView } from './views/settings';

const VIEWS: Record<RouteName, ViewFactory> = {
  overview: overviewView,
  approvals: approvalsView,
  sessions: sessionsView,
  session: sessionTimelineView,
  settings: settingsView,
  'not-found': notFoundView,
};

const live = new LiveStream();
const shell = buildShell(document.getElementById('app') ?? document.body, live, api);

const cleanups: Array<() => void> = [];
let currentPath: string | undefined;
// Set while the view itself rewrites the query (filters, paging), so the hashchange does not rebuild it.
let ownQueryChange: string | undefined;

function render(): void {
  if (ownQueryChange !== undefined && ownQueryChange === location.hash) {
    ownQueryChange = undefined;
    return;
  }
  const route = parseHash(location.hash);
  const path = hashPath(location.hash);
  for (const cleanup of cleanups.splice(0)) cleanup();
  const context: ViewContext = {
    api,
    live,
    params: route.params,
    query: route.query,
    setQuery(query) {
      const text = query.toString();
      const hash = `#${path}${text ? `?${text}` : ''}`;
      if (hash === location.hash) return;
      ownQueryChange = hash;
      location.hash = hash;
    },
    onDispose: (cleanup) => cleanups.push(cleanup),
    every(ms, tick) {
      const timer = window.setInterval(tick, ms);
      cleanups.push(() => window.clearInterval(timer));
    },
  };
  const view = VIEWS[route.name](context);
  shell.show(route.name, view);
  document.title = `${view.title} · promptgate`;
  if (currentPath !== path) window.scrollTo(0, 0);
  currentPath = path;
}

window.addEventListener('hashchange', render);
live.start();
render();
