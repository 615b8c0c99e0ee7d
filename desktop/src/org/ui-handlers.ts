import { z } from 'zod';
import { LIMITS } from '@promptgate/shared';
import type { Access } from '../gateway/auth';
import type { RequestContext } from '../gateway/context';
import { readJson, HttpError, sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../gateway/http/router';
import { EnrollmentError } from './errors';
import type { OrgConnection } from './org-connection';

const enrollSchema = z.strictObject({
  server: z.string().trim().url().max(2000),
  code: z.string().trim().min(1).max(40),
  /** The org key fingerprint the admin gave with the code; enrollment fails closed on another key. */
  fingerprint: z.string().trim().min(1).max(100).optional(),
});

/** `GET /ui/api/org`, `POST /ui/api/org/enroll`: the settings page's org enrollment section. */
export function orgUiRoutes(org: OrgConnection): Array<readonly [string, Access, Handler<RequestContext>]> {
  return [
    ['GET /ui/api/org', 'ui', ({ response }) => sendJson(response, 200, org.status())],
    [
      'POST /ui/api/org/enroll',
      'ui',
      async ({ request, response }) => {
        const body = await readJson(request, enrollSchema, LIMITS.smallBodyBytes);
        try {
          sendJson(response, 200, await org.enroll(body.server, body.code, body.fingerprint));
        } catch (error) {
          if (!(error instanceof EnrollmentError)) throw error;
          throw new HttpError(error.code === 'server_unreachable' ? 502 : 400, error.code, error.message);
        }
      },
    ],
  ];
}

/** With org approvers, the person at this machine cannot decide a hold, least of all their own. */
export function guardOrgDecision(org: OrgConnection, handler: Handler<RequestContext>): Handler<RequestContext> {
  return (context) => {
    if (org.isOrgApproval(context.params['id'] ?? '')) throw new HttpError(409, 'org_approval', "your organisation's approvers decide this hold");
    return handler(context);
  };
}
