import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXTENSION_ROOT = fileURLToPath(new URL('../../../extension', import.meta.url));
export const BUILT_EXTENSION = join(EXTENSION_ROOT, '.output', 'chrome-mv3');
const SOURCES = ['entrypoints', 'src', 'public', 'wxt.config.ts', 'package.json', '../shared/src'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

async function withLock<T>(dir: string, work: () => T): Promise<T> {
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(dir);
      break;
    } catch {
      // Another test file is building; after two minutes the lock is taken to be left over.
      if (waited > 120_000) rmSync(dir, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return work();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds the extension when `.output/chrome-mv3` is missing or older than its sources; once per run. */
export async function ensureExtensionBuilt(): Promise<string> {
  await withLock(join(EXTENSION_ROOT, '.build-lock'), () => {
    const built = newest(join(BUILT_EXTENSION, 'manifest.json'));
    const sources = Math.max(...SOURCES.map((path) => newest(join(EXTENSION_ROOT, path))));
    if (built > sources) return;
    const result = spawnSync('npx', ['wxt', 'build'], { cwd: EXTENSION_ROOT, encoding: 'utf8', timeout: 180_000 });
    if (result.status !== 0) throw new Error(`building the extension failed:\n${result.stdout}\n${result.stderr}`);
  });
  return BUILT_EXTENSION;
}
