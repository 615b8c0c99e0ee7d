import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './test/support/chromium';

/**
 * The browser suites (`*.spec.ts`): the real extension, the local UI and the admin UI in Debian's Chromium.
 * vitest runs everything else. Timeouts are hang protection, not speed limits: CI is a busy 2-core machine.
 */
export default defineConfig({
  testDir: 'test',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/global-setup.ts',
  outputDir: 'test-results/playwright',
  timeout: 180_000,
  expect: { timeout: 60_000 },
  // Files run side by side on two workers at most; the tests of one file share a browser and run in order.
  workers: 2,
  fullyParallel: false,
  // A failing test leaves its trace in test-results/playwright (npx playwright show-trace PATH).
  reporter: 'list',
  use: {
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    actionTimeout: 60_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
  },
});
