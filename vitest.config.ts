import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts', 'test/postgres-setup.ts'],
    // Hang protection, not speed limits: CI is a busy 2-core machine, and a test that is merely slow there
    // must still pass. Tests wait for conditions with `expect.poll` (its default wait is set here) or `vi.waitFor`.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 120_000,
    expect: { poll: { timeout: 60_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'packages',
          include: ['shared/src/**/*.test.ts', 'desktop/src/**/*.test.ts', 'server/src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      // The extension's unit tests need WXT's plugin and fake browser: their own project, their own config.
      'extension/vitest.config.ts',
    ],
  },
});
