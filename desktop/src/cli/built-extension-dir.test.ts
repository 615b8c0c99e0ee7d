import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtExtensionDir } from './built-extension-dir';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('builtExtensionDir', () => {
  it('finds the extension build from the source and from the bundle, at their different depths', () => {
    const expected = join(repoRoot, 'extension', '.output', 'chrome-mv3');
    expect(builtExtensionDir(join(repoRoot, 'desktop', 'src', 'cli', 'commands', 'start.ts'))).toBe(expected);
    expect(builtExtensionDir(join(repoRoot, 'desktop', 'dist', 'cli', 'start.js'))).toBe(expected);
  });

  it('is undefined outside a checkout', () => {
    expect(builtExtensionDir(join(tmpdir(), 'somewhere', 'start.js'))).toBeUndefined();
  });
});
