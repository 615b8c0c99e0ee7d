import { conversationLinkRequestSchema, LIMITS } from '@promptgate/shared';
import type { RequestContext } from '../context';
import { conversationKey } from '../conversation-key';
import { readJson, sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';

/**
 * `POST /api/conversation-link`: a new chat got its id from the site, so the placeholders its first prompt was
 * given (under the draft key) follow it. `linked: false` means the id is not this chat's to take (it has a
 * vault of its own, or the draft holds nothing); the extension then keeps the two apart.
 */
export const conversationLinkHandler: Handler<RequestContext> = async ({ request, response, services, caller }) => {
  const body = await readJson(request, conversationLinkRequestSchema, LIMITS.smallBodyBytes);
  const linked = services.vaults.link(conversationKey(caller.name, body.site, body.draftId), conversationKey(caller.name, body.site, body.conversationId));
  sendJson(response, 200, { linked });
};
