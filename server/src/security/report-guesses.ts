import { postWebhook } from '../approvals/webhook';
import type { AuditStore } from '../audit/audit-store';
import type { GuessEvent } from '@promptgate/shared/http-node';
import type { GuessKind } from './guess-limits';

export type ServerGuessEvent = GuessEvent & { kind: GuessKind };

/**
 * Every wrong guess goes into the audit trail (and so to the SIEM); an address that used up its allowance is
 * also announced on the webhook, once per episode, as `{ type: 'security.guessing', ... }`.
 */
export function reportGuesses(audit: AuditStore, webhookUrl: string | undefined, onError: (error: unknown, where: string) => void): (event: ServerGuessEvent) => void {
  // The guess limiter reports after the answer went out and does not wait: records are written one after another,
  // so the trail keeps the order they happened in.
  let recorded: Promise<void> = Promise.resolve();
  return (event) => {
    const what = event.kind === 'admin-token' ? 'admin token' : 'enrollment code';
    const text = event.type === 'failed' ? `wrong ${what} from ${event.address}` : `${event.address} throttled after ${event.failures} wrong guesses (${what})`;
    recorded = recorded
      .then(() =>
        audit.recordServerEvent({
          requester: event.address,
          verdict: 'block',
          text,
          detail: { event: event.type === 'failed' ? 'auth_failure' : 'auth_throttled', kind: event.kind, address: event.address, failures: event.failures },
        }),
      )
      .catch((error: unknown) => onError(error, 'recording a wrong guess in the audit trail'));
    if (event.type === 'throttled' && webhookUrl) {
      postWebhook(webhookUrl, { type: 'security.guessing', kind: event.kind, address: event.address, failures: event.failures, message: text }, 'security.guessing', onError);
    }
  };
}
