import type { ApprovalStore } from './approval-store';

/**
 * Posts one JSON body to the org's webhook (chat tool, pager). Best effort: a few tries, then reported; the
 * caller never waits for it.
 */
export function postWebhook(url: string, body: unknown, what: string, onError: (error: unknown, where: string) => void): void {
  const payload = JSON.stringify(body);
  void (async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload, signal: AbortSignal.timeout(5000) });
        if (response.ok) return;
      } catch {
        // retried below
      }
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
    onError(new Error(`webhook ${url} did not accept ${what}`), 'webhook');
  })();
}

/** `{ type: 'approval.created' | 'approval.decided', approval }` on every change of the approval queue. */
export function startApprovalWebhook(store: ApprovalStore, url: string, onError: (error: unknown, where: string) => void): () => void {
  return store.onChange((approval, change) => postWebhook(url, { type: `approval.${change}`, approval }, `approval.${change} ${approval.id}`, onError));
}
