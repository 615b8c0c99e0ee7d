import { LIMITS, restore, restoreRequestSchema } from '@promptgate/shared';
import { conversationKey } from '../conversation-key';
import type { RequestContext } from '../context';
import { readJson, HttpError, sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';

/**
 * `POST /api/restore`: puts this caller's own values back into a reply from the same site and conversation.
 * Unknown conversations restore nothing, so the endpoint cannot be used to probe other conversations.
 */
export const restoreHandler: Handler<RequestContext> = async ({ request, response, services, caller }) => {
  const body = await readJson(request, restoreRequestSchema, LIMITS.restoreChars * 3 + 1024);
  if (!services.policy.active.policy.restoreResponses) throw new HttpError(403, 'restore_disabled', 'policy turns off restoring replies');
  const vault = services.vaults.peek(conversationKey(caller.name, body.site, body.conversationId));
  sendJson(response, 200, { text: vault ? restore(body.text, vault) : body.text });
};
