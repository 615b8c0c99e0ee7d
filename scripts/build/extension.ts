// The browser extension's build (`wxt build` into extension/.output/chrome-mv3), redone only when a source
// is newer than the build, so `npm start` and the test suites never run a stale extension.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXTENSION_ROOT = fileURLToPath(new URL('../../extension', import.meta.url));
export const BUILT_EXTENSION = join(EXTENSION_ROOT, '.output', 'chrome-mv3');
const SOURCES = ['entrypoints', 'src', 'public', 'wxt.config.ts', 'package.json', '../shared/src'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function extensionIsStale(): boolean {
  const built = newest(join(BUILT_EXTENSION, 'manifest.json'));
  const sources = Math.max(...SOURCES.map((path) => newest(join(EXTENSION_ROOT, path))));
  return built <= sources;
}

/** Runs `wxt build`; throws with its output when it fails. */
export function buildExtension(): void {
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: EXTENSION_ROOT, encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) throw new Error(`building the extension failed:\n${result.stdout}\n${result.stderr}`);
}

/** Builds the extension when it is missing or older than its sources; true when it built. */
export function buildExtensionIfStale(): boolean {
  if (!extensionIsStale()) return false;
  buildExtension();
  return true;
}
