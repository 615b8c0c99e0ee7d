import type { Access } from './auth';
import type { RequestContext } from './context';
import { approvalStateHandler, cancelApprovalHandler } from './api/approvals';
import { choiceHandler } from './api/choice';
import { conversationLinkHandler } from './api/conversation-link';
import { healthHandler } from './api/health';
import { inspectHandler } from './api/inspect';
import { pairHandler, type PairingAuthority } from './api/pair';
import { policyHandler } from './api/policy';
import { restoreHandler } from './api/restore';
import { siteUnrecognisedHandler } from './api/site-unrecognised';
import { Router, type Handler } from './http/router';

export interface RouteDeps {
  pairing: PairingAuthority;
  /** Route families added by other modules (local UI, SDK proxy), each as [route, access, handler]. */
  extra?: ReadonlyArray<readonly [string, Access, Handler<RequestContext>]>;
}

/** The map of the gateway: every route, who may call it, and its handler. */
export function buildRouter(deps: RouteDeps): Router<RequestContext, Access> {
  const router = new Router<RequestContext, Access>()
    .add('GET /api/health', 'public', healthHandler)
    .add('POST /api/pair', 'pairing', pairHandler(deps.pairing))
    .add('POST /api/inspect', 'extension', inspectHandler)
    .add('POST /api/choice', 'extension', choiceHandler)
    .add('GET /api/approvals/:id', 'extension', approvalStateHandler)
    .add('DELETE /api/approvals/:id', 'extension', cancelApprovalHandler)
    .add('POST /api/restore', 'extension', restoreHandler)
    .add('POST /api/conversation-link', 'extension', conversationLinkHandler)
    .add('GET /api/policy', 'extension', policyHandler)
    .add('POST /api/site-unrecognised', 'extension', siteUnrecognisedHandler());
  for (const [route, access, handler] of deps.extra ?? []) router.add(route, access, handler);
  return router;
}
