import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_EXTENSION, EXTENSION_ROOT, buildExtensionIfStale } from '../../../scripts/build/extension';

/** True while the process that took the lock runs: a lock is left over only when its owner is gone. */
function ownerAlive(dir: string): boolean {
  try {
    process.kill(Number(readFileSync(join(dir, 'pid'), 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

async function withLock<T>(dir: string, work: () => T): Promise<T> {
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      break;
    } catch {
      // Another test file is building; wait for it however long a loaded machine takes, unless it died.
      // (A lock just made may not have its pid yet: that reads as "dead" only once, a moment later it is there.)
      await new Promise((resolve) => setTimeout(resolve, 200));
      if (!ownerAlive(dir)) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        if (!ownerAlive(dir)) rmSync(dir, { recursive: true, force: true });
      }
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
