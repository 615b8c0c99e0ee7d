import type { InspectResponse } from '@promptgate/shared';
import type { ContentDeps } from './deps';
import { findingRows } from './findings-view';

const POLL_SECONDS = 20;

const ONLY_THIS_TAB = 'Only this tab waits: you can keep working in other tabs meanwhile. Cancel request (or Esc) withdraws the request.';

/** Who decides and where, so the person knows whom to ask. */
function whoApproves(approvers: InspectResponse['approvers']): string {
  switch (approvers) {
    case 'org':
      return 'Who approves: your organisation\u2019s approvers, in the promptgate admin console. If it is urgent, ask your IT or security team.';
    case 'local':
      return 'Who approves: someone at this computer, on the Approvals page of the promptgate window (open it from the promptgate button in the browser toolbar).';
    default:
      return 'Who approves: the approvers your organisation set up in promptgate. If you do not know who they are, ask IT.';
  }
}

function elapsed(since: number): string {
  const seconds = Math.round((Date.now() - since) / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/**
 * Shows the pending approval and long-polls it until someone decides, the person cancels, or it expires.
 * Resolves with the prompt text to send when approved, or null when nothing may be sent.
 */
export async function waitForApproval(deps: ContentDeps, approvalId: string, response: InspectResponse): Promise<string | null> {
  const segments = await waitForApprovedSegments(deps, approvalId, response);
  return segments?.find((segment) => segment.id === 'prompt')?.text ?? null;
}

/** Like `waitForApproval`, for any segments: all of them as approved, or null when nothing may be sent. */
export async function waitForApprovedSegments(deps: ContentDeps, approvalId: string, response: InspectResponse): Promise<Array<{ id: string; text: string }> | null> {
  const since = Date.now();
  let done = false;
  const shown = deps.overlay.show({
    tone: 'hold',
    title: 'Waiting for approval',
    lines: ['This prompt needs an approver\u2019s OK before it is sent. It will be sent as soon as it is approved.', whoApproves(response.approvers), ONLY_THIS_TAB],
    findings: findingRows(response),
    pending: 'Pending \u2014 asked just now',
    actions: [{ id: 'cancel', label: 'Cancel request' }],
  });
  const ticker = setInterval(() => deps.overlay.setPending(`Pending \u2014 asked ${elapsed(since)} ago`), 1000);

  const decided = (async () => {
    while (!done) {
      const state = await deps.send('approval', { approvalId, waitSeconds: POLL_SECONDS });
      if (done) return null;
      if (state.status === 'pending') continue;
      if (state.status === 'unavailable') {
        await new Promise((resolve) => setTimeout(resolve, 2000));
        continue;
      }
      return state;
    }
    return null;
  })();

  const first = await Promise.race([shown.then((result) => ({ from: 'overlay' as const, result })), decided.then((state) => ({ from: 'gateway' as const, state }))]);
  done = true;
  clearInterval(ticker);
  if (first.from === 'overlay') {
    await deps.send('cancelApproval', { approvalId });
    return null;
  }
  const state = first.state;
  if (state?.status === 'approved') {
    deps.overlay.close();
    return state.segments ?? null;
  }
  const title = state?.status === 'denied' ? 'Not approved' : state?.status === 'expired' ? 'The approval request expired' : 'The approval request ended';
  await deps.overlay.show({
    tone: 'block',
    title,
    lines: [...(state?.reason ? [`Reason: ${state.reason}`] : []), 'Nothing was sent. Edit the prompt, or ask your approver.'],
    actions: [{ id: 'edit', label: 'Back to editing', primary: true }],
  });
  return null;
}
