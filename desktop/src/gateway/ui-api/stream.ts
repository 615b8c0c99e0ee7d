import type { RequestContext } from '../context';
import { openSse } from '@promptgate/shared';
import type { Handler } from '../http/router';
import type { UiDeps } from './deps';

/** `GET /ui/api/stream`: live updates (approvals, new events, policy changes) so the UI never needs a reload. */
export function uiStreamHandler(deps: UiDeps): Handler<RequestContext> {
  return ({ request, response, services }) => {
    const stream = openSse(request, response, services.shutdown);
    const unsubscribe = deps.subscribe((event) => stream.send(event.type, event));
    stream.closed.addEventListener('abort', unsubscribe, { once: true });
    stream.send('hello', { pendingApprovals: services.approvals.pendingCount() });
  };
}
