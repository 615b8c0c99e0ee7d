// Deprecated: the one gateway fixture is `gateway/testing/test-gateway.ts` (`fakeProviders: true`). These
// names remain only while tests written against them are migrated.
import type { HoldClock } from '../reply/hold-clock';
import { startTestGateway, type ProxyTestGateway } from '../../testing/test-gateway';

export { uiCookieOf } from '../../testing/ui-login';
export type ProxyTestRig = ProxyTestGateway;

export function startProxyRig(options: { policyYaml?: string; setKeys?: boolean; holdClock?: HoldClock } = {}): Promise<ProxyTestRig> {
  return startTestGateway({
    fakeProviders: true,
    ...(options.policyYaml !== undefined ? { policyYaml: options.policyYaml } : {}),
    ...(options.setKeys !== undefined ? { setProviderKeys: options.setKeys } : {}),
    ...(options.holdClock ? { holdClock: options.holdClock } : {}),
  });
}
