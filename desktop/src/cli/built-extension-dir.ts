import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where `npm run build` puts the Chrome extension, or undefined outside a checkout. Found by walking up to
 * the repository root (the folder with `extension/package.json`), because this module runs both from its
 * source and from the CLI bundle in desktop/dist, at different depths.
 */
export function builtExtensionDir(from = fileURLToPath(import.meta.url)): string | undefined {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'extension', 'package.json'))) return join(dir, 'extension', '.output', 'chrome-mv3');
    if (dirname(dir) === dir) return undefined;
  }
}
