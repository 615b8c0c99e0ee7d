import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureDataDir } from './data-dir';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pg-data-dir-'));
  made.push(dir);
  return dir;
}

describe.skipIf(process.platform === 'win32')('ensureDataDir', () => {
  it('creates a missing data directory owner-only, without a notice', () => {
    const dir = join(scratch(), 'data');
    const notices: string[] = [];
    ensureDataDir(dir, (line) => notices.push(line));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(notices).toEqual([]);
  });

  it('makes an existing 0755 data directory owner-only and says so in one line, once', () => {
    const dir = join(scratch(), 'data');
    mkdirSync(dir, { mode: 0o755 });
    const notices: string[] = [];
    ensureDataDir(dir, (line) => notices.push(line));
    ensureDataDir(dir, (line) => notices.push(line));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/was open to other users \(mode 755\); it is now owner-only \(700\)/);
    expect(notices[0]).not.toContain('\n');
  });
});
