import type { Browser } from '@playwright/test';
import { test } from '@playwright/test';
import { startTestGateway, type TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { UI_POLICY } from './ui-policy';

/**
 * One gateway with the UI suites' policy for the suite (started before its tests, stopped after), and the
 * browser to open its local UI in. `started` receives both, and may prepare the gateway further (sessions to list).
 */
export function useUiGateway(started: (gateway: TestGateway, browser: Browser) => void | Promise<void>): void {
  let gateway: TestGateway | undefined;
  test.beforeAll(async ({ browser }) => {
    gateway = await startTestGateway({ policyYaml: UI_POLICY });
    await started(gateway, browser);
  });
  test.afterAll(async () => {
    await gateway?.stop();
  });
}
