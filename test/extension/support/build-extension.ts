import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_EXTENSION, EXTENSION_ROOT, buildExtensionIfStale } from '../../../scripts/build/extension';

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
  await withLock(join(EXTENSION_ROOT, '.build-lock'), () => buildExtensionIfStale());
  return BUILT_EXTENSION;
}
