import type { InspectOutcome } from '../messages/protocol';
import type { ContentDeps } from '../content/deps';
import { findingRows } from '../content/findings-view';
import { waitForApprovedSegments } from '../content/hold';
import { showToast } from '../overlay/toast';
import type { PageApprovals } from '../content/page-approvals';
import type { CheckRequest } from './channel';
import type { BodyCheck } from './check';

/** The texts to send the body with, or null when it must not leave. */
export type FlowResult = string[] | null;

const WHY_HERE =
  'The page sent this without going through promptgate\u2019s chat box check (an attachment, a pasted-content card, or a control promptgate does not know), so promptgate stopped it on its way out.';

function cannotCheckLines(request: CheckRequest): string[] {
  return [`promptgate cannot read what this page is sending (${request.unreadable ?? 'unknown data'}), so it stopped it.`, 'If this keeps happening, ask IT.'];
}

/**
 * What happens to a body the backstop stopped: the gateway decides as for any prompt (redact, warn, hold,
 * block), and the person sees the same overlay. Only placeholders ever replace what was stopped.
 */
export async function resolveStopped(deps: ContentDeps, approvals: PageApprovals, request: CheckRequest, check: BodyCheck): Promise<FlowResult> {
  if (request.unreadable) {
    await deps.overlay.show({
      tone: 'block',
      title: 'Not sent: promptgate cannot check this',
      lines: cannotCheckLines(request),
      actions: [{ id: 'ok', label: 'OK', primary: true }],
    });
    return null;
  }
  const segments = check.flagged.map((flagged, i) => {
    const piece = request.pieces[flagged.piece]!;
    return piece.kind === 'file'
      ? { id: `body-${i}`, kind: 'file' as const, name: (piece.name ?? 'attachment').slice(0, 500), text: flagged.leaf.text }
      : { id: `body-${i}`, kind: 'paste' as const, text: flagged.leaf.text };
  });
  const url = location.href;
  let outcome: InspectOutcome;
  try {
    outcome = await deps.send('inspect', { url, conversationId: deps.conversation.current(url), segments });
  } catch {
    outcome = { kind: 'unavailable', reason: 'gateway-error' };
  }
  if (outcome.kind === 'unavailable') {
    await deps.overlay.show({
      tone: 'error',
      title: 'Not sent: promptgate could not check this',
      lines: [WHY_HERE, 'promptgate on this computer could not be reached, so nothing was sent. Try again in a moment; if it keeps happening, ask IT.'],
      actions: [{ id: 'ok', label: 'OK', primary: true }],
    });
    return null;
  }
  const { response } = outcome;
  let rewritten = new Map(response.segments.map((segment) => [segment.id, segment.text]));
  const rewrite = (): string[] => {
    check.flagged.forEach((flagged, i) => {
      const text = rewritten.get(`body-${i}`) ?? flagged.leaf.text;
      flagged.leaf.set(text);
      // What the gate let through may be sent again (a retry) without asking again.
      approvals.approve(text);
    });
    const touched = new Set(check.flagged.map((flagged) => flagged.piece));
    return request.pieces.map((piece, i) => (touched.has(i) ? check.views[i]!.serialize() : piece.text));
  };
  switch (response.verdict) {
    case 'allow':
      return rewrite();
    case 'redact':
      showToast('info', 'Sent with placeholders', [
        ...response.findings.map((f) => `${f.title}: ${f.preview}`),
        'This page sent it outside the chat box; promptgate replaced the values before it left.',
      ]);
      return rewrite();
    case 'warn': {
      const result = await deps.overlay.show({
        tone: 'warn',
        title: 'This page is sending sensitive data',
        lines: [
          WHY_HERE,
          'Send it with placeholders, or do not send it. Sending the original is not offered here, because promptgate cannot show you where on the page it came from.',
        ],
        findings: findingRows(response),
        actions: [
          { id: 'edit', label: 'Don\u2019t send' },
          { id: 'send-redacted', label: 'Send redacted', primary: true },
        ],
      });
      const choice = result.action === 'send-redacted' ? 'send-redacted' : 'cancel';
      await deps.send('choice', { eventId: response.eventId, choice }).catch(() => undefined);
      return choice === 'send-redacted' ? rewrite() : null;
    }
    case 'hold': {
      // The request waits while an approver decides; it then goes out as approved (placeholders where asked).
      const approved = response.approvalId ? await waitForApprovedSegments(deps, response.approvalId, response) : null;
      if (approved === null) return null;
      rewritten = new Map(approved.map((segment) => [segment.id, segment.text]));
      return rewrite();
    }
    case 'block':
      await deps.overlay.show({
        tone: 'block',
        title: 'Not sent: this page tried to send data your policy does not allow',
        lines: [WHY_HERE, response.message ?? 'If you think this is wrong, ask your promptgate administrator.'],
        findings: findingRows(response),
        actions: [{ id: 'ok', label: 'OK', primary: true }],
      });
      return null;
  }
}
