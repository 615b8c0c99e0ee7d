import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** The lock appears whole, owner included: made aside, then renamed into place (rename fails when it exists). */
function tryLock(dir: string): boolean {
  const staged = `${dir}.${process.pid}`;
  rmSync(staged, { recursive: true, force: true });
  mkdirSync(staged);
  writeFileSync(join(staged, 'pid'), String(process.pid));
  try {
    renameSync(staged, dir);
    return true;
  } catch {
    rmSync(staged, { recursive: true, force: true });
    return false;
  }
}

async function withLock<T>(dir: string, work: () => T): Promise<T> {
  // Another test file is building: wait for it however long a loaded machine takes, unless its owner died.
  while (!tryLock(dir)) {
    if (!ownerAlive(dir)) rmSync(dir, { recursive: true, force: true });
    else await new Promise((resolve) => setTimeout(resolve, 200));
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

/** Builds the Firefox package into `.output/firefox-mv2`, always, under the same lock: both builds write `.wxt/`. */
export async function buildFirefoxExtension(): Promise<string> {
  await withLock(join(EXTENSION_ROOT, '.build-lock'), () => {
    const result = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: EXTENSION_ROOT, encoding: 'utf8', timeout: 600_000 });
    if (result.status !== 0) throw new Error(`building the Firefox extension failed:\n${result.stdout}\n${result.stderr}`);
  });
  return join(EXTENSION_ROOT, '.output', 'firefox-mv2');
}
