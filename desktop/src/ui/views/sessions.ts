import { emptyState, errorBox, loading } from '../components/empty-state';
import { pageHeader } from '../components/page';
import { verdictBadge, verdictLabel } from '../components/verdict-badge';
import { h, replace } from '../dom';
import { fullTime, shortTime } from '../format';
import { icon } from '../icons';
import { sessionHref } from '../router';
import { VERDICT_ORDER, type SessionFilters, type SessionSummary } from '../types';
import type { View, ViewContext } from '../view';
import { reloadOnLive } from '../reload-on-live';

const PAGE_SIZE = 25;

const RANGES: Array<{ value: string; label: string; since?: () => number }> = [
  { value: '', label: 'Any time' },
  { value: 'hour', label: 'Last hour', since: () => Date.now() - 3_600_000 },
  { value: 'today', label: 'Today', since: () => new Date(new Date().setHours(0, 0, 0, 0)).getTime() },
  { value: 'week', label: 'Last 7 days', since: () => Date.now() - 7 * 86_400_000 },
  { value: 'month', label: 'Last 30 days', since: () => Date.now() - 30 * 86_400_000 },
];

/** The filters live in the hash (`#/sessions?verdict=hold&range=today`) so back, forward and links keep them. */
function filtersFrom(query: URLSearchParams): SessionFilters {
  const range = RANGES.find((r) => r.value === (query.get('range') ?? ''));
  const page = Math.max(1, Number(query.get('page')) || 1);
  return {
    search: query.get('search') ?? '',
    site: query.get('site') ?? '',
    verdict: query.get('verdict') ?? '',
    findingType: query.get('findingType') ?? '',
    ...(range?.since ? { since: range.since() } : {}),
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
}

/** Every conversation the gateway has seen, searchable by masked text and filterable. */
export function sessionsView(context: ViewContext): View {
  const query = new URLSearchParams(context.query);
  const field = (name: string, attrs: Record<string, string>) => {
    const input = h('input', { class: 'input', name, value: query.get(name) ?? '', autocomplete: 'off', spellcheck: 'false', ...attrs });
    return input;
  };
  const search = field('search', { type: 'search', placeholder: 'Search masked prompts…', 'aria-label': 'Search' });
  const site = field('site', { type: 'text', placeholder: 'Site or client', 'aria-label': 'Site or client' });
  const findingType = field('findingType', { type: 'text', placeholder: 'Finding type', 'aria-label': 'Finding type' });
  const verdict = h(
    'select',
    { class: 'input', name: 'verdict', 'aria-label': 'Verdict' },
    h('option', { value: '' }, 'Any verdict'),
    VERDICT_ORDER.map((v) => h('option', { value: v, selected: query.get('verdict') === v }, verdictLabel(v))),
  );
  const range = h(
    'select',
    { class: 'input', name: 'range', 'aria-label': 'Time range' },
    RANGES.map((r) => h('option', { value: r.value, selected: (query.get('range') ?? '') === r.value }, r.label)),
  );
  const clear = h('button', { class: 'button button-ghost', type: 'button' }, 'Clear');
  const form = h('form', { class: 'filters', role: 'search' }, h('label', { class: 'search-field' }, icon('search'), search), site, verdict, findingType, range, clear);

  const results = h('div', null, loading());
  const element = h(
    'div',
    { class: 'page', 'data-view': 'sessions' },
    pageHeader('Sessions', 'Every conversation the gateway checked, with what it decided. Text is stored masked.'),
    form,
    results,
  );

  // Typing fires overlapping searches: only the newest one's answer is shown.
  let request = 0;
  const load = async () => {
    const mine = ++request;
    try {
      const filters = filtersFrom(query);
      const answer = await context.api.sessions(filters);
      if (mine !== request) return;
      replace(results, renderResults(answer.sessions, answer.total, filters));
    } catch (error) {
      if (mine === request) replace(results, errorBox(error));
    }
  };

  const apply = (resetPage: boolean) => {
    for (const input of [search, site, findingType, verdict, range]) {
      const value = input.value.trim();
      if (value) query.set(input.name, value);
      else query.delete(input.name);
    }
    if (resetPage) query.delete('page');
    context.setQuery(query);
    void load();
  };

  let typing: number | undefined;
  for (const input of [search, site, findingType]) {
    input.addEventListener('input', () => {
      window.clearTimeout(typing);
      typing = window.setTimeout(() => apply(true), 250);
    });
  }
  for (const select of [verdict, range]) select.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    apply(true);
  });
  clear.addEventListener('click', () => {
    for (const input of [search, site, findingType, verdict, range]) input.value = '';
    apply(true);
  });
  context.onDispose(() => window.clearTimeout(typing));

  const filtered = () => ['search', 'site', 'verdict', 'findingType', 'range'].some((name) => query.has(name));

  function renderResults(sessions: SessionSummary[], total: number, filters: SessionFilters): Node {
    if (sessions.length === 0) {
      return filtered()
        ? emptyState(
            'search',
            'No sessions match these filters',
            'Try fewer words or a wider time range.',
            h('button', { class: 'button', type: 'button', onclick: () => clear.click() }, 'Clear filters'),
          )
        : emptyState(
            'sessions',
            'No sessions yet',
            'Conversations appear here as soon as the browser extension or an SDK client sends a prompt through the gateway.',
            h('a', { class: 'button', href: '#/settings' }, 'Pair the extension'),
          );
    }
    const offset = filters.offset ?? 0;
    const page = Math.floor(offset / PAGE_SIZE) + 1;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const goTo = (target: number) => {
      if (target <= 1) query.delete('page');
      else query.set('page', String(target));
      context.setQuery(query);
      void load();
    };
    return h(
      'div',
      { class: 'card card-flush' },
      h(
        'table',
        { class: 'table table-click', 'data-testid': 'sessions' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', null, 'Site or client'),
            h('th', null, 'Conversation'),
            h('th', null, 'Last activity'),
            h('th', { class: 'num' }, 'Events'),
            h('th', null, 'Strictest'),
          ),
        ),
        h(
          'tbody',
          null,
          sessions.map((session) => {
            const href = sessionHref(session.id);
            const row = h(
              'tr',
              { 'data-session-id': session.id },
              h('td', null, h('a', { class: 'row-link', href }, icon(session.kind === 'sdk' ? 'code' : 'chat', 'icon icon-sm'), session.source)),
              h('td', { class: 'mono muted truncate', title: session.conversationId ?? '' }, session.conversationId ?? '—'),
              h('td', { title: fullTime(session.lastEventAt) }, shortTime(session.lastEventAt)),
              h('td', { class: 'num' }, String(session.eventCount)),
              h('td', null, verdictBadge(session.strictestVerdict)),
            );
            // The whole row opens the timeline; the link inside keeps it reachable by keyboard.
            row.addEventListener('click', (event) => {
              if (!(event.target instanceof Element && event.target.closest('a'))) location.hash = href;
            });
            return row;
          }),
        ),
      ),
      h(
        'footer',
        { class: 'pager' },
        h('span', { class: 'muted', 'data-testid': 'total' }, `${offset + 1}–${offset + sessions.length} of ${total}`),
        h(
          'div',
          { class: 'button-row' },
          h('button', { class: 'button button-ghost', type: 'button', disabled: page <= 1, onclick: () => goTo(page - 1) }, 'Previous'),
          h('span', { class: 'muted' }, `Page ${page} of ${pages}`),
          h('button', { class: 'button button-ghost', type: 'button', disabled: page >= pages, onclick: () => goTo(page + 1) }, 'Next'),
        ),
      ),
    );
  }

  // `load` shows its own failures in the view, so nothing is left to wait for here.
  void load();
  reloadOnLive(context, load, 400, (event) => event.type === 'event-recorded');
  return { title: 'Sessions', element };
}
