import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'packages',
          include: ['shared/src/**/*.test.ts', 'desktop/src/**/*.test.ts', 'server/src/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      // The extension's unit tests need WXT's plugin and fake browser: their own project, their own config.
      'extension/vitest.config.ts',
    ],
  },
});
