// Deprecated: UI suites start `startTestGateway({ policyYaml: UI_POLICY })`. These names remain only while
// tests written against them are migrated.
import { startTestGateway, type TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { UI_POLICY } from './ui-policy';

export interface UiGateway extends TestGateway {
  readonly token: string;
  close(): Promise<void>;
}

export async function startUiGateway(policy = UI_POLICY): Promise<UiGateway> {
  const t = await startTestGateway({ policyYaml: policy });
  // A prototype, not a spread: `uiUrl` is a getter that gives a new one-time link on each read.
  const shim = Object.create(t) as TestGateway;
  return Object.assign(shim, { token: t.extensionToken, close: () => t.stop() });
}
