import { ApiError } from '../api';
import { emptyState, errorBox, loading } from '../components/empty-state';
import { maskedText } from '../components/masked-text';
import { pageHeader } from '../components/page';
import { verdictBadge } from '../components/verdict-badge';
import { h, replace } from '../dom';
import { fullTime, shortTime } from '../format';
import { icon, type IconName } from '../icons';
import type { Session, StoredEvent } from '../types';
import type { View, ViewContext } from '../view';
import { reloadOnLive } from '../reload-on-live';
import { agentStep } from './agent-step';

const KIND: Record<StoredEvent['kind'], { label: string; icon: IconName }> = {
  inspect: { label: 'Prompt checked', icon: 'shield' },
  choice: { label: 'Person chose', icon: 'user' },
  approval: { label: 'Approval', icon: 'approvals' },
  reply: { label: 'Reply', icon: 'reply' },
  notice: { label: 'Log notice', icon: 'alert' },
};

const CHOICES: Record<string, string> = {
  'send-redacted': 'Sent the redacted version',
  'send-original': 'Sent the original',
  edit: 'Went back to edit',
  cancel: 'Cancelled',
};

/** One conversation replayed: each prompt as it was checked (masked), the verdicts, choices, approvals, replies. */
export function sessionTimelineView(context: ViewContext): View {
  const id = context.params['id'] ?? '';
  const back = h('a', { class: 'back-link', href: '#/sessions' }, icon('back', 'icon icon-sm'), 'Sessions');
  const head = h('div', null, pageHeader('Session', 'Loading…'));
  const body = h('div', null, loading());
  const element = h('div', { class: 'page', 'data-view': 'session' }, back, head, body);

  const load = async () => {
    try {
      const { session, events } = await context.api.session(id);
      replace(head, header(session, events));
      replace(
        body,
        events.length
          ? h('ol', { class: 'timeline', 'data-testid': 'timeline' }, events.map(timelineItem))
          : emptyState('inbox', 'No events in this session', 'Its events may have been removed by the retention policy.'),
      );
    } catch (error) {
      replace(head, pageHeader('Session', ''));
      replace(
        body,
        error instanceof ApiError && error.status === 404
          ? emptyState('search', 'No such session', 'It may have been removed by the retention policy.', h('a', { class: 'button', href: '#/sessions' }, 'All sessions'))
          : errorBox(error),
      );
    }
  };
  // `load` shows its own failures in the view, so nothing is left to wait for here.
  void load();
  reloadOnLive(context, load, 400, (event) => event.type === 'event-recorded');
  return { title: 'Session', element };
}

function header(session: Session, events: StoredEvent[]): HTMLElement {
  const requesters = [...new Set(events.map((event) => event.requester).filter((r): r is string => !!r))];
  return h(
    'div',
    null,
    pageHeader(session.source, session.kind === 'sdk' ? 'SDK client session' : 'Browser chat'),
    h(
      'dl',
      { class: 'facts facts-inline' },
      h('div', null, h('dt', null, 'Conversation'), h('dd', { class: 'mono wrap' }, session.conversationId ?? '—')),
      h('div', null, h('dt', null, 'Started'), h('dd', null, fullTime(session.startedAt))),
      h('div', null, h('dt', null, 'Last activity'), h('dd', null, fullTime(session.lastEventAt))),
      h('div', null, h('dt', null, 'Events'), h('dd', null, String(events.length))),
      requesters.length ? h('div', null, h('dt', null, 'Requested by'), h('dd', null, requesters.join(', '))) : null,
    ),
  );
}

function timelineItem(event: StoredEvent): HTMLElement {
  const step = agentStep(event);
  const kind = step ?? KIND[event.kind];
  return h(
    'li',
    { class: `timeline-item kind-${event.kind}`, 'data-event-id': event.id, 'data-kind': event.kind },
    h('span', { class: `timeline-dot verdict-dot-${event.verdict}` }, icon(kind.icon, 'icon icon-sm')),
    h(
      'div',
      { class: 'timeline-card card' },
      h(
        'header',
        { class: 'timeline-head' },
        h('span', { class: 'timeline-kind' }, kind.label),
        event.kind === 'inspect' || step ? verdictBadge(event.verdict) : null,
        h('time', { class: 'muted', title: fullTime(event.at), datetime: new Date(event.at).toISOString() }, shortTime(event.at)),
      ),
      eventBody(event),
      step?.meta.length ? h('div', { class: 'muted small', 'data-testid': 'agent-step' }, step.meta.join(' · ')) : null,
    ),
  );
}

function eventBody(event: StoredEvent): Node[] {
  const detail = event.detail;
  const text = (key: string): string | undefined => {
    const value = detail[key];
    return typeof value === 'string' ? value : undefined;
  };
  switch (event.kind) {
    case 'inspect':
    case 'reply': {
      const parts: Node[] = [maskedText(event.maskedText, event.findings)];
      if (event.findings.length) {
        parts.push(
          h(
            'ul',
            { class: 'finding-chips' },
            event.findings.map((finding) =>
              h(
                'li',
                { class: `chip chip-${finding.category}` },
                finding.type,
                finding.placeholder ? h('code', null, finding.placeholder) : h('span', { class: 'muted' }, ' (left in place)'),
              ),
            ),
          ),
        );
      }
      const meta: string[] = [];
      if (typeof detail['latencyMs'] === 'number') meta.push(`checked in ${detail['latencyMs'].toFixed(1)} ms`);
      if (typeof detail['policyVersion'] === 'number') meta.push(`policy v${detail['policyVersion']}`);
      if (text('model')) meta.push(`model ${text('model')}`);
      if (event.requester) meta.push(`from ${event.requester}`);
      if (meta.length) parts.push(h('div', { class: 'muted small' }, meta.join(' · ')));
      return parts;
    }
    case 'choice': {
      const choice = text('choice') ?? '';
      const justification = text('justification');
      return [h('p', null, CHOICES[choice] ?? choice), ...(justification ? [h('blockquote', { class: 'quote' }, justification)] : [])];
    }
    case 'notice':
      return [h('p', null, event.maskedText)];
    case 'approval': {
      const decision = text('decision') ?? '';
      const approved = decision === 'approved';
      return [
        h(
          'p',
          { class: 'approval-outcome' },
          h('span', { class: `pill ${approved ? 'pill-approved' : 'pill-denied'}` }, approved ? 'Approved' : decision ? decision[0]!.toUpperCase() + decision.slice(1) : 'Decided'),
          ' by ',
          h('strong', null, text('approver') ?? 'unknown'),
        ),
        ...(text('reason') ? [h('blockquote', { class: 'quote' }, text('reason'))] : []),
      ];
    }
  }
}
