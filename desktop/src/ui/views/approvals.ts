import { ApiError } from '../api';
import { emptyState, errorBox, loading } from '../components/empty-state';
import { maskedText } from '../components/masked-text';
import { pageHeader } from '../components/page';
import { h, replace } from '../dom';
import { ago, duration, fullTime, plural } from '../format';
import { icon } from '../icons';
import type { ApprovalFinding, ApprovalForApprover } from '../types';
import type { View, ViewContext } from '../view';

/** What approving does with a finding that did not cause the hold. */
const WHEN_SENT: Record<string, string> = {
  allow: 'allowed: sent as written if approved',
  redact: 'sent as its placeholder',
  warn: 'sent as its placeholder',
};

interface Card {
  element: HTMLElement;
  /** Updates the clocks (held since, time left); disables the decision once expired. */
  tick(now: number): void;
}

/**
 * Held prompts waiting for a decision. The list follows the stream: new holds are added, decided or expired
 * ones leave, and cards already on screen stay as they are so a half-written reason is never lost.
 */
export function approvalsView(context: ViewContext): View {
  const list = h('div', { class: 'approval-list', 'data-testid': 'approvals' });
  const status = h('div', null, loading());
  const count = h('span', { class: 'muted' });
  const element = h(
    'div',
    { class: 'page', 'data-view': 'approvals' },
    pageHeader('Approvals', 'Prompts held by policy until someone decides. The person who sent it is waiting.', count),
    status,
    list,
  );
  const cards = new Map<string, Card>();

  const sync = (approvals: ApprovalForApprover[]) => {
    const ids = new Set(approvals.map((approval) => approval.id));
    for (const [id, card] of cards) {
      if (!ids.has(id)) {
        card.element.remove();
        cards.delete(id);
      }
    }
    // Oldest first: the one closest to expiring is on top.
    for (const approval of [...approvals].sort((a, b) => a.expiresAt - b.expiresAt)) {
      if (cards.has(approval.id)) continue;
      const card = approvalCard(approval, context, () => {
        card.element.remove();
        cards.delete(approval.id);
        showCount();
      });
      cards.set(approval.id, card);
      list.append(card.element);
    }
    showCount();
  };

  const showCount = () => {
    count.textContent = cards.size ? `${plural(cards.size, 'prompt')} waiting` : '';
    replace(
      status,
      cards.size === 0
        ? emptyState(
            'approvals',
            'Nothing is waiting for approval',
            'When a prompt matches a rule whose action is "hold", it waits here until you approve or deny it, with a reason. This page updates by itself.',
          )
        : null,
    );
  };

  // Fetches can overlap when events come in bursts; only the newest answer is applied, so a slow, stale
  // answer cannot bring back a card that was already decided.
  let requested = 0;
  let applied = 0;
  const load = async () => {
    const mine = ++requested;
    try {
      const { approvals } = await context.api.approvals();
      if (mine < applied) return;
      applied = mine;
      sync(approvals);
    } catch (error) {
      if (mine >= applied) replace(status, errorBox(error));
    }
  };

  // `load` shows its own failures in the view, so nothing is left to wait for here.
  void load();
  context.every(1000, () => {
    const now = Date.now();
    for (const card of cards.values()) card.tick(now);
  });
  context.onDispose(
    context.live.subscribe((event) => {
      // `hello` follows every reconnect: refetch, since decisions may have been missed meanwhile.
      if (event.type === 'approval' || event.type === 'hello') void load();
    }),
  );
  return { title: 'Approvals', element };
}

function approvalCard(approval: ApprovalForApprover, context: ViewContext, onGone: () => void): Card {
  const timeLeft = h('span', { class: 'time-left', 'data-testid': 'time-left' });
  const heldAgo = h('time', { title: fullTime(approval.createdAt) });
  const reason = h('textarea', { class: 'input', name: 'reason', rows: 2, maxlength: 2000, placeholder: 'Why? The requester and the audit log see this.', 'aria-label': 'Reason' });
  const message = h('div', { class: 'form-message', role: 'status' });
  const approve = h('button', { class: 'button button-approve', type: 'submit', value: 'approve' }, icon('check'), 'Approve');
  const deny = h('button', { class: 'button button-deny', type: 'submit', value: 'deny' }, icon('x'), 'Deny');
  const buttons = [approve, deny];

  const decide = async (decision: 'approve' | 'deny') => {
    const text = reason.value.trim();
    if (!text) {
      message.textContent = `Give a reason to ${decision}.`;
      message.className = 'form-message is-error';
      reason.focus();
      return;
    }
    for (const button of buttons) button.disabled = true;
    message.textContent = decision === 'approve' ? 'Approving…' : 'Denying…';
    message.className = 'form-message';
    try {
      await context.api.decide(approval.id, decision, text);
      element.classList.add('is-leaving');
      window.setTimeout(onGone, 200);
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'approval_decided' || error.code === 'unknown_approval')) {
        message.textContent = `${error.message}.`;
        window.setTimeout(onGone, 1500);
      } else {
        message.textContent = error instanceof Error ? error.message : String(error);
        for (const button of buttons) button.disabled = false;
      }
      message.className = 'form-message is-error';
    }
  };

  const form = h(
    'form',
    { class: 'decision', novalidate: true },
    h('label', { class: 'label' }, 'Reason', h('span', { class: 'required' }, ' (required)')),
    reason,
    h('div', { class: 'decision-row' }, message, h('div', { class: 'button-row' }, deny, approve)),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // `decide` shows its own outcome, a failure included, in the card's message line.
    void decide(event.submitter === deny ? 'deny' : 'approve');
  });

  // The masked text shows every value as a placeholder, even one that approving sends as written: its tooltip says so.
  const inPrompt = [...approval.heldFor, ...approval.alsoFound.map((finding) => ({ ...finding, title: `${finding.title} (${whenSent(finding)})` }))];

  const element = h(
    'article',
    { class: 'card approval', 'data-approval-id': approval.id },
    h(
      'header',
      { class: 'approval-head' },
      h(
        'div',
        { class: 'approval-who' },
        h('span', { class: 'approval-site' }, icon(approval.sessionKind === 'sdk' ? 'code' : 'chat'), approval.site),
        h('span', { class: 'muted' }, icon('user', 'icon icon-sm'), approval.requester, ' · ', heldAgo),
      ),
      timeLeft,
    ),
    h(
      'div',
      { class: 'approval-body' },
      h(
        'div',
        { class: 'approval-prompt' },
        h('h3', { class: 'label' }, 'Prompt (masked)'),
        approval.maskedSegments.map((segment) => maskedText(segment.text, inPrompt)),
      ),
      h(
        'div',
        { class: 'approval-findings' },
        h('h3', { class: 'label' }, 'Why it was held'),
        approval.heldFor.length
          ? findingList(approval.heldFor, 'held-for', false)
          : h('p', { class: 'muted small', 'data-testid': 'held-for' }, 'No finding is marked as the reason: read the prompt before you decide.'),
        approval.alsoFound.length ? [h('h3', { class: 'label label-also' }, 'Also found, not why it was held'), findingList(approval.alsoFound, 'also-found', true)] : null,
      ),
    ),
    form,
  );

  const tick = (now: number) => {
    heldAgo.textContent = `held ${ago(approval.createdAt, now)}`;
    const left = approval.expiresAt - now;
    if (left <= 0) {
      timeLeft.textContent = 'Expired';
      timeLeft.className = 'time-left is-expired';
      for (const button of buttons) button.disabled = true;
      return;
    }
    timeLeft.replaceChildren(icon('clock', 'icon icon-sm'), `${duration(left)} left`);
    timeLeft.className = left < 60_000 ? 'time-left is-urgent' : 'time-left';
  };
  tick(Date.now());
  return { element, tick };
}

function whenSent(finding: ApprovalFinding): string {
  return WHEN_SENT[finding.action] ?? finding.action;
}

function findingList(findings: ApprovalFinding[], testId: string, explainAction: boolean): HTMLElement {
  return h(
    'ul',
    { class: 'finding-list', 'data-testid': testId },
    findings.map((finding) =>
      h(
        'li',
        { 'data-action': finding.action },
        h('span', { class: `dot dot-${finding.action}` }),
        h('span', { class: 'finding-title' }, finding.title),
        finding.placeholder ? h('code', { class: 'ph' }, finding.placeholder) : null,
        explainAction ? h('span', { class: 'finding-note' }, whenSent(finding)) : null,
      ),
    ),
  );
}
