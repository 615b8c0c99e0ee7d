import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

// The extension's unit tests run against WXT's in-memory fake browser (`fakeBrowser`), in a DOM.
export default defineProject({
  root,
  plugins: [WxtVitest({ root })],
  test: {
    name: 'extension',
    include: ['src/**/*.test.ts'],
    environment: 'happy-dom',
    // The same hang protection as the root config (a config-file project does not inherit it): not speed limits.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 60_000 } },
  },
});
