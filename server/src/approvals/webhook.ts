import type { ApprovalStore } from './approval-store';

/**
 * Posts `{ type: 'approval.created' | 'approval.decided', approval }` to a URL (chat tool, pager) on every
 * change. Best effort: a few tries, then reported; the queue itself never waits for it.
 */
export function startApprovalWebhook(store: ApprovalStore, url: string, onError: (error: unknown, where: string) => void): () => void {
  return store.onChange((approval, change) => {
    const body = JSON.stringify({ type: `approval.${change}`, approval });
    void (async () => {
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(5000) });
          if (response.ok) return;
        } catch {
          // retried below
        }
        await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
      }
      onError(new Error(`webhook ${url} did not accept approval.${change} ${approval.id}`), 'approval webhook');
    })();
  });
}
