// Deprecated: org suites start `startTestGateway(orgGatewayOptions())` and use `org-steps.ts`. These names
// remain only while tests written against them are migrated.
import { vi } from 'vitest';
import { startTestGateway, type TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { HANG_GUARD } from '../support/hang-guard';
import { orgGatewayOptions } from './org-steps';

export { inspectBody } from '../../desktop/src/gateway/testing/test-gateway';
export { enrollThroughUi, FAST_ORG, holdPolicyYaml, orgStatusOf, pushPolicy, settledApproval, verdictOf } from './org-steps';

export interface OrgGateway extends Omit<TestGateway, 'stop'> {
  stop(options?: { removeData?: boolean }): Promise<void>;
}

export async function startOrgGateway(options: { dataDir?: string; pollIntervalMs?: number } = {}): Promise<OrgGateway> {
  const t = await startTestGateway(orgGatewayOptions(options));
  // A prototype, not a spread: `uiUrl` is a getter that gives a new one-time link on each read.
  const shim = Object.create(t) as TestGateway;
  return Object.assign(shim, { stop: (stopOptions: { removeData?: boolean } = {}) => t.stop({ keepData: !stopOptions.removeData }) });
}

export function until<T>(check: () => T | Promise<T>, what: string): Promise<NonNullable<T>> {
  return vi.waitFor(async () => {
    const value = await check();
    if (!value) throw new Error(`still waiting for ${what}`);
    return value;
  }, HANG_GUARD);
}
