import { LIMITS, SITE_UNRECOGNISED, siteUnrecognisedRequestSchema } from '@promptgate/shared';
import type { RequestContext } from '../context';
import { readJson, sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';
import { OncePerWindow } from '../once-per-window';

/** The extension already sends one per tab, site and control every few minutes; this caps many tabs or a faulty client. */
export const SITE_UNRECOGNISED_WINDOW_MS = 5 * 60_000;

const CONTROL_NAMES = { composer: 'composer (chat box)', 'send-button': 'send button' } as const;

/**
 * `POST /api/site-unrecognised`: the extension cannot see a site's composer or send control, so its guard
 * there is degraded. Recorded as a `notice` in the site's session of the log, where admins see markup drift
 * across the organisation; repeats within the window are acknowledged and not recorded again.
 */
export function siteUnrecognisedHandler(limit = new OncePerWindow(SITE_UNRECOGNISED_WINDOW_MS)): Handler<RequestContext> {
  return async function siteUnrecognised({ request, response, services, caller }) {
    const body = await readJson(request, siteUnrecognisedRequestSchema, LIMITS.smallBodyBytes);
    if (!limit.take(JSON.stringify([caller.name, body.site, body.control]))) return sendJson(response, 200, { recorded: false, reason: 'repeated' });
    const { eventId } = services.recorder.record({
      sessionKind: 'chat',
      source: body.site,
      conversationId: SITE_UNRECOGNISED,
      requester: caller.name,
      kind: 'notice',
      // Not a decision about a prompt: nothing was let through because of it (the page's prompts are still checked).
      verdict: 'allow',
      maskedText: `promptgate could not find the ${CONTROL_NAMES[body.control]} on ${body.site}; tried ${body.selectors.join(' | ')}`,
      findings: [],
      detail: { notice: SITE_UNRECOGNISED, site: body.site, control: body.control, selectors: body.selectors, extensionVersion: body.extensionVersion },
    });
    sendJson(response, 200, { recorded: true, eventId });
  };
}
