import type { GatewayServices } from '../context';
import { HttpError } from '@promptgate/shared/http-node';

/**
 * Waits for an approver (local UI or org) to decide on a held request, up to the policy timeout. The refusals
 * are 403s on purpose: the SDKs retry 408, 409, 429 and 5xx by themselves, and each retry would hold the
 * request again and wait another full timeout. The client going away cancels the approval.
 */
export async function awaitApproval(
  services: GatewayServices,
  approvalId: string,
  requester: string,
  what: string,
  signal: AbortSignal,
): Promise<Array<{ id: string; text: string }>> {
  const { approvals } = services;
  const stop = AbortSignal.any([signal, services.shutdown]);
  for (;;) {
    const view = approvals.get(approvalId);
    if (!view) throw new HttpError(403, 'approval_expired', 'promptgate lost track of the approval for this request; send it again');
    if (view.status === 'approved') {
      const segments = approvals.approvedSegments(approvalId);
      if (segments) return segments;
    }
    if (view.status === 'denied') {
      throw new HttpError(
        403,
        'approval_denied',
        `promptgate: an approver denied this request (${what})${view.reason ? `: ${view.reason}` : ''}. Remove the value and send it again.`,
      );
    }
    if (view.status === 'expired') {
      throw new HttpError(
        403,
        'approval_timeout',
        `promptgate held this request for approval (${what}) and no one decided within ${Math.round((view.expiresAt - view.createdAt) / 1000)} s. ` +
          'Ask an approver to open the promptgate UI, or remove the value, then send it again.',
      );
    }
    if (view.status !== 'pending') throw new HttpError(403, 'approval_cancelled', 'the held request was cancelled');
    if (stop.aborted) {
      approvals.cancel(approvalId, requester);
      if (services.shutdown.aborted) throw new HttpError(503, 'gateway_shutting_down', 'the promptgate gateway is shutting down');
      throw new HttpError(499, 'client_closed', 'the client went away');
    }
    await approvals.waitForChange(approvalId, Math.max(1, view.expiresAt - Date.now() + 50), stop);
  }
}
