import type { RequestContext } from '../context';
import { sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';
import type { UiDeps } from './deps';

function startOfToday(now = new Date()): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

/** `GET /ui/api/overview`: the first screen — status, policy, today's counts, recent events. */
export function overviewHandler(deps: UiDeps): Handler<RequestContext> {
  return ({ response, services }) => {
    const { policy, source, origin, loadedAt } = services.policy.active;
    const today = startOfToday();
    sendJson(response, 200, {
      status: { running: true, port: services.port, startedAt: deps.startedAt, version: deps.version },
      policy: { name: policy.name, version: policy.version, source, origin, loadedAt, failMode: policy.failMode, approvers: policy.approval.approvers },
      today: deps.log.countsByVerdict(today),
      // The warn tile says "the person chose": only answered warnings may count there.
      todayWarnings: deps.log.warnOutcomes(today),
      pendingApprovals: services.approvals.pendingCount(),
      recent: deps.log.searchEvents({ limit: 15 }),
    });
  };
}
