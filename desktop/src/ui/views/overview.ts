import { emptyState, errorBox, loading } from '../components/empty-state';
import { expandableMaskedText } from '../components/expandable-text';
import { card, pageHeader } from '../components/page';
import { verdictBadge, verdictLabel } from '../components/verdict-badge';
import { h, replace } from '../dom';
import { duration, fullTime, plural, shortTime } from '../format';
import { icon } from '../icons';
import { sessionHref } from '../router';
import { VERDICT_ORDER, type Overview, type StoredEvent, type Verdict } from '../types';
import type { View, ViewContext } from '../view';
import { describeFailMode, describePolicySource } from './policy-text';
import { reloadOnLive } from '../reload-on-live';

const TILE_HINTS: Record<Verdict, string> = {
  allow: 'sent as written',
  redact: 'sent with placeholders',
  warn: 'the person chose',
  hold: 'sent for approval',
  block: 'never sent',
};

/** The first screen: is it protecting, with which policy, what happened today, and the latest events. */
export function overviewView(context: ViewContext): View {
  const body = h('div', { class: 'stack' }, loading());
  const element = h('div', { class: 'page', 'data-view': 'overview' }, pageHeader('Overview', 'What the gateway is doing on this machine right now.'), body);
  let data: Overview | undefined;
  let uptime: HTMLElement | undefined;
  // Every live event re-renders the page; the prompts the person opened stay open.
  const expanded = new Set<string>();

  let requested = 0;
  let applied = 0;
  const load = async () => {
    const mine = ++requested;
    try {
      const overview = await context.api.overview();
      if (mine < applied) return;
      applied = mine;
      data = overview;
      replace(body, render(overview));
    } catch (error) {
      if (mine >= applied) replace(body, errorBox(error));
    }
  };

  function render(overview: Overview): Node[] {
    uptime = h('span', { 'data-testid': 'uptime' }, duration(Date.now() - overview.status.startedAt));
    const pending = overview.pendingApprovals;
    return [
      h(
        'section',
        { class: 'status-row' },
        h(
          'div',
          { class: 'status-card', 'data-testid': 'status' },
          h('span', { class: 'status-icon' }, icon('shield')),
          h(
            'div',
            null,
            h('div', { class: 'status-title' }, overview.status.running ? 'Protecting' : 'Stopped'),
            h('div', { class: 'status-meta' }, `Port ${overview.status.port} · up `, uptime, ` · version ${overview.status.version}`),
          ),
        ),
        pending > 0
          ? h(
              'a',
              { class: 'status-card status-card-attention', href: '#/approvals', 'data-testid': 'pending-callout' },
              h('span', { class: 'status-icon' }, icon('approvals')),
              h('div', null, h('div', { class: 'status-title' }, `${plural(pending, 'prompt')} waiting`), h('div', { class: 'status-meta' }, 'Review and approve or deny →')),
            )
          : h(
              'div',
              { class: 'status-card status-card-quiet' },
              h('span', { class: 'status-icon' }, icon('check')),
              h('div', null, h('div', { class: 'status-title' }, 'No approvals waiting'), h('div', { class: 'status-meta' }, 'Held prompts appear here at once')),
            ),
      ),
      h('h2', { class: 'section-title' }, 'Today'),
      h(
        'div',
        { class: 'tiles', 'data-testid': 'today' },
        VERDICT_ORDER.map((verdict) => {
          const count = tileCount(overview, verdict);
          const unanswered = verdict === 'warn' ? overview.todayWarnings.unanswered : 0;
          return h(
            'a',
            { class: `tile tile-${verdict}${count === 0 ? ' is-zero' : ''}`, href: `#/sessions?verdict=${verdict}&range=today`, 'data-verdict': verdict },
            h('span', { class: 'tile-count' }, String(count)),
            h('span', { class: 'tile-label' }, verdictLabel(verdict)),
            h('span', { class: 'tile-hint' }, TILE_HINTS[verdict]),
            unanswered > 0
              ? h(
                  'span',
                  {
                    class: 'tile-note',
                    'data-testid': 'warn-unanswered',
                    title: 'Warnings with no choice recorded: not answered yet, abandoned, or from an SDK client, which sends the redacted version.',
                  },
                  `+ ${unanswered} not answered`,
                )
              : null,
          );
        }),
      ),
      h('div', { class: 'columns' }, recentCard(overview.recent, expanded), policyCard(overview)),
    ];
  }

  // `load` shows its own failures in the view, so nothing is left to wait for here.
  void load();
  // Uptime ticks locally; counts and events follow the stream, batched so a burst of prompts is one fetch.
  context.every(1000, () => {
    if (data && uptime) uptime.textContent = duration(Date.now() - data.status.startedAt);
  });
  // Any change, and every (re)connect (events may have been missed meanwhile), refreshes the page.
  reloadOnLive(context, load, 250);
  return { title: 'Overview', element };
}

/** The warn tile promises "the person chose": warnings nobody answered are not counted in it. */
function tileCount(overview: Overview, verdict: Verdict): number {
  return verdict === 'warn' ? overview.todayWarnings.answered : (overview.today[verdict] ?? 0);
}

function recentCard(events: StoredEvent[], expanded: Set<string>): HTMLElement {
  if (events.length === 0) {
    return card(
      'Recent activity',
      emptyState(
        'inbox',
        'Nothing checked yet',
        'Pair the browser extension or point an SDK client at this gateway; every prompt it checks shows up here.',
        h('a', { class: 'button', href: '#/settings' }, 'Pair the extension'),
      ),
    );
  }
  return card(
    'Recent activity',
    h(
      'ol',
      { class: 'event-list', 'data-testid': 'recent' },
      events.map((event) => {
        const types = [...new Set(event.findings.map((finding) => finding.type))];
        const summary = eventSummary(event, expanded);
        // The link covers the whole row (CSS); the "show all" button sits beside it, since a button may not be inside a link.
        return h(
          'li',
          { class: 'event-row', 'data-event-id': event.id },
          h('time', { class: 'event-time', datetime: new Date(event.at).toISOString(), title: fullTime(event.at) }, shortTime(event.at)),
          h(
            'div',
            { class: 'event-main' },
            h(
              'a',
              { class: 'event-link', href: sessionHref(event.sessionId) },
              h('span', { class: 'event-source' }, event.source, event.requester ? h('span', { class: 'muted' }, ` · ${event.requester}`) : null),
              h('span', { class: 'event-text' }, summary.text),
            ),
            summary.toggle ? h('div', { class: 'event-more' }, summary.toggle) : null,
          ),
          h(
            'span',
            { class: 'event-side' },
            verdictBadge(event.verdict),
            types.length
              ? h(
                  'span',
                  { class: 'chips' },
                  types.slice(0, 3).map((type) => h('span', { class: 'chip' }, type)),
                  types.length > 3 ? h('span', { class: 'chip' }, `+${types.length - 3}`) : null,
                )
              : null,
          ),
        );
      }),
    ),
  );
}

/** The masked prompt, its first lines and the rest on request, or what the event was when it has no text (choice, approval). */
function eventSummary(event: StoredEvent, expanded: Set<string>): { text: Node; toggle: HTMLButtonElement | null } {
  if (event.kind === 'inspect' || event.kind === 'reply') {
    if (!event.maskedText.trim()) return { text: h('span', { class: 'muted' }, '(no text)'), toggle: null };
    return expandableMaskedText(event.maskedText, event.findings, {
      expanded: expanded.has(event.id),
      onToggle: (open) => (open ? expanded.add(event.id) : expanded.delete(event.id)),
    });
  }
  const detail = event.detail;
  if (event.kind === 'notice') return { text: h('span', { class: 'muted' }, event.maskedText), toggle: null };
  const approver = detailText(detail['approver']);
  if (event.kind === 'approval') return { text: h('span', { class: 'muted' }, `Approval: ${detailText(detail['decision'])}${approver ? ` by ${approver}` : ''}`), toggle: null };
  return { text: h('span', { class: 'muted' }, `Choice: ${detailText(detail['choice'])}`), toggle: null };
}

/** A detail field as shown: the log writes these as strings; anything else would print as "[object Object]". */
function detailText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function policyCard(overview: Overview): HTMLElement {
  const { policy } = overview;
  const fail = describeFailMode(policy.failMode);
  return card(
    'Policy',
    h(
      'dl',
      { class: 'facts', 'data-testid': 'policy' },
      h('dt', null, 'Name'),
      h('dd', null, policy.name, h('span', { class: 'muted' }, ` · v${policy.version}`)),
      h('dt', null, 'Source'),
      h('dd', null, describePolicySource(policy.source), policy.origin ? h('div', { class: 'muted small mono wrap' }, policy.origin) : null),
      h('dt', null, 'Fail mode'),
      h('dd', null, h('span', { class: `pill pill-${policy.failMode}` }, fail.label), h('div', { class: 'muted small' }, fail.help)),
      h('dt', null, 'Approvers'),
      h('dd', null, policy.approvers === 'org' ? "Your organisation's approvers" : 'The person at this machine'),
      h('dt', null, 'Loaded'),
      h('dd', null, fullTime(policy.loadedAt)),
    ),
  );
}
