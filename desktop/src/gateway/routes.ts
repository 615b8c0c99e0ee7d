import { approvalStateHandler, cancelApprovalHandler } from './api/approvals';
import { choiceHandler } from './api/choice';
import { conversationLinkHandler } from './api/conversation-link';
import { healthHandler } from './api/health';
import { inspectHandler } from './api/inspect';
import { pairHandler, type PairingAuthority } from './api/pair';
import { policyHandler } from './api/policy';
import { restoreHandler } from './api/restore';
import { siteUnrecognisedHandler } from './api/site-unrecognised';
import type { GatewayRoute } from './http/router';

export interface RouteDeps {
  pairing: PairingAuthority;
  /** Route families added by other modules (local UI, UI links), each as [route, access, handler]. */
  extra?: readonly GatewayRoute[];
}

/** The map of the gateway: every route, who may call it, and its handler. */
export function gatewayRoutes(deps: RouteDeps): GatewayRoute[] {
  return [
    ['GET /api/health', 'public', healthHandler],
    ['POST /api/pair', 'pairing', pairHandler(deps.pairing)],
    ['POST /api/inspect', 'extension', inspectHandler],
    ['POST /api/choice', 'extension', choiceHandler],
    ['GET /api/approvals/:id', 'extension', approvalStateHandler],
    ['DELETE /api/approvals/:id', 'extension', cancelApprovalHandler],
    ['POST /api/restore', 'extension', restoreHandler],
    ['POST /api/conversation-link', 'extension', conversationLinkHandler],
    ['GET /api/policy', 'extension', policyHandler],
    ['POST /api/site-unrecognised', 'extension', siteUnrecognisedHandler()],
    ...(deps.extra ?? []),
  ];
}
