import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh data directory per call, removed after the test; closes what the test registered first. */
export function useAuthDirs(): { dir: () => string; closeLater: (c: { close(): void }) => void } {
  const dirs: string[] = [];
  const open: Array<{ close(): void }> = [];
  afterEach(() => {
    for (const c of open.splice(0)) c.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return {
    dir: () => {
      const d = mkdtempSync(join(tmpdir(), 'promptgate-auth-'));
      dirs.push(d);
      return d;
    },
    closeLater: (c) => void open.push(c),
  };
}

export function frozenClock(start = Date.UTC(2025, 0, 15, 9, 0, 0)): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}
