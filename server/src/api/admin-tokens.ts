import type { RequestContext } from '../context';
import { notFound, sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';

/** `GET /admin/tokens`: the quick-start admin tokens (ids and names; the tokens themselves are not stored). */
export const listAdminTokensHandler: Handler<RequestContext> = async ({ response, services }) => {
  sendJson(response, 200, { tokens: await services.adminTokens.list(), enabled: services.adminTokens.enabled });
};

/** `DELETE /admin/tokens/:id`: that token stops working at once. */
export const revokeAdminTokenHandler: Handler<RequestContext> = async ({ response, services, params }) => {
  if (!(await services.adminTokens.revoke(params['id']!))) throw notFound('admin token');
  sendJson(response, 200, { revoked: true });
};
