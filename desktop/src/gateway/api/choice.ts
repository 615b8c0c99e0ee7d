import { choiceRequestSchema, LIMITS } from '@promptgate/shared';
import type { RequestContext } from '../context';
import { readJson, HttpError, sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';
import { maskFreeText } from '../mask-free-text';

/**
 * `POST /api/choice`: what the person did after a warning. Sending the original is accepted only when the
 * policy in force at the warning allowed it (with a justification when required), and it is recorded.
 */
export const choiceHandler: Handler<RequestContext> = async ({ request, response, services, caller }) => {
  const body = await readJson(request, choiceRequestSchema, LIMITS.smallBodyBytes);
  const event = services.recentEvents.get(body.eventId);
  if (!event || event.requester !== caller.name) throw new HttpError(404, 'unknown_event', 'no recent inspection with this event id');
  if (event.verdict !== 'warn') throw new HttpError(409, 'not_a_warning', `the inspection was answered "${event.verdict}"; there is nothing to choose`);
  if (event.choiceMade) throw new HttpError(409, 'choice_already_made', 'a choice was already recorded for this inspection');
  const justification = body.justification?.trim() ?? '';
  if (body.choice === 'send-original') {
    if (!event.allowSendOriginal) throw new HttpError(403, 'original_not_allowed', 'policy does not allow sending the original text after a warning');
    if (event.requireJustification && justification.length < 3) throw new HttpError(400, 'justification_required', 'policy requires a justification to send the original');
  }
  event.choiceMade = true;
  const { eventId } = services.recorder.record({
    sessionKind: 'chat',
    source: event.site,
    conversationId: event.conversationId,
    requester: caller.name,
    kind: 'choice',
    verdict: body.choice === 'send-original' ? 'allow' : body.choice === 'send-redacted' ? 'redact' : 'block',
    maskedText: '',
    findings: [],
    detail: {
      inspectEventId: body.eventId,
      choice: body.choice,
      ...(justification ? { justification: maskFreeText(justification, services.policy.active.extraRules) } : {}),
    },
  });
  sendJson(response, 200, { recorded: true, eventId });
};
