// Deprecated: suites start `startTestGateway({ policyYaml: E2E_POLICY })` and take `decidePending` from
// approvals.ts. These names remain only while tests written against them are migrated.
import { startTestGateway, type TestGateway } from '../../../desktop/src/gateway/testing/test-gateway';
import { E2E_POLICY } from './e2e-policy';

export { E2E_POLICY, SECRETS } from './e2e-policy';
export { decidePending } from './approvals';

export function startE2eGateway(): Promise<TestGateway> {
  return startTestGateway({ policyYaml: E2E_POLICY });
}
