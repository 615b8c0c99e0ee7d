import { z } from 'zod';
import { formatIssuePath } from '@promptgate/shared';
import type { RequestContext } from '../context';
import { HttpError, sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';
import type { UiDeps } from './deps';

const verdict = z.enum(['allow', 'redact', 'warn', 'hold', 'block']);
const time = z.coerce.number().int().nonnegative();
const filtersSchema = z.strictObject({
  search: z.string().max(200).optional(),
  site: z.string().max(253).optional(),
  verdict: verdict.optional(),
  findingType: z.string().max(100).optional(),
  since: time.optional(),
  until: time.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

/** `GET /ui/api/sessions?search=&site=&verdict=&findingType=&since=&until=`: the session list with filters. */
export function listSessionsHandler(deps: UiDeps): Handler<RequestContext> {
  return ({ response, url }) => {
    const raw = Object.fromEntries([...url.searchParams].filter(([, value]) => value !== ''));
    const parsed = filtersSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = formatIssuePath(issue.path);
      throw new HttpError(400, 'invalid_request', `${path}: ${issue.message}`, { path });
    }
    const filters = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
    sendJson(response, 200, deps.log.listSessions(filters));
  };
}

/** `GET /ui/api/sessions/:id`: one session and its timeline (prompts, verdicts, choices, approvals, replies). */
export function sessionTimelineHandler(deps: UiDeps): Handler<RequestContext> {
  return ({ response, params }) => {
    const session = deps.log.getSession(params['id']!);
    if (!session) throw new HttpError(404, 'unknown_session', 'no such session');
    sendJson(response, 200, { session, events: deps.log.sessionTimeline(session.id) });
  };
}
