import type { Access } from '../auth';
import type { RequestContext } from '../context';
import type { Handler } from '../http/router';
import { decideApprovalHandler, pendingApprovalsHandler } from './approvals';
import type { UiDeps } from './deps';
import { overviewHandler } from './overview';
import { listSessionsHandler, sessionTimelineHandler } from './sessions';
import { createTokenHandler, listTokensHandler, pairingCodeHandler, revokeTokenHandler } from './settings';
import { rootRedirectHandler, uiStaticHandler, type UiAsset } from './static';
import { uiStreamHandler } from './stream';
import { providerKeyUiRoutes, type ProviderKeyAdmin } from '../provider-keys/ui-handlers';

type UiRoute = readonly [string, Access, Handler<RequestContext>];

/**
 * What the org connection adds to the local UI, given by the composition root so the gateway does not depend
 * on the org folder: its routes, and a guard on local decisions of holds the org's approvers decide.
 */
export interface OrgUi {
  routes: UiRoute[];
  guardDecision(handler: Handler<RequestContext>): Handler<RequestContext>;
}

/** The local UI: its files (public) and its API (the UI cookie). */
export function uiRoutes(deps: UiDeps, loadAssets: () => Promise<Map<string, UiAsset>>, providerKeys?: ProviderKeyAdmin, org?: OrgUi): UiRoute[] {
  return [
    ['GET /', 'public', rootRedirectHandler],
    ['GET /ui/*', 'public', uiStaticHandler(loadAssets, deps.uiSessions)],
    ['GET /ui/api/overview', 'ui', overviewHandler(deps)],
    ['GET /ui/api/stream', 'ui', uiStreamHandler(deps)],
    ['GET /ui/api/approvals', 'ui', pendingApprovalsHandler],
    ['POST /ui/api/approvals/:id/decision', 'ui', org ? org.guardDecision(decideApprovalHandler) : decideApprovalHandler],
    ['GET /ui/api/sessions', 'ui', listSessionsHandler(deps)],
    ['GET /ui/api/sessions/:id', 'ui', sessionTimelineHandler(deps)],
    ['POST /ui/api/pairing-code', 'ui', pairingCodeHandler(deps)],
    ['GET /ui/api/tokens', 'ui', listTokensHandler(deps)],
    ['POST /ui/api/tokens', 'ui', createTokenHandler(deps)],
    ['DELETE /ui/api/tokens/:kind/:name', 'ui', revokeTokenHandler(deps)],
    // GET /ui/api/provider-keys, PUT and DELETE /ui/api/provider-keys/:provider (write-only keys).
    ...(providerKeys ? providerKeyUiRoutes(providerKeys) : []),
    // GET /ui/api/org (enrollment, policy source/version/last check, warnings), POST /ui/api/org/enroll.
    ...(org ? org.routes : []),
  ];
}
