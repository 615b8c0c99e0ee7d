import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/test-server';
import type { DeviceListing } from './device-store';

describe('policy polls', () => {
  it('a poll commits nothing to the database, the admin device list still shows it, and shutdown stores it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pg-server-polls-'));
    // Flushes only at shutdown here, so any commit seen during the polls would be the poll's own.
    const test = await startTestServer({ dataDir, lastSeenFlushMs: 3_600_000 });
    const token = await test.enroll('jo@example.com');
    const observer = new Database(join(dataDir, 'server.db'), { readonly: true });
    // Changes whenever another connection commits to the file.
    const commits = () => observer.pragma('data_version', { simple: true }) as number;
    const lastSeenStored = () => (observer.prepare('SELECT last_seen_at AS at FROM devices').get() as { at: number | null }).at;
    try {
      // A first read settles the observer on the file as it is, so the baseline counts only later commits.
      expect(lastSeenStored()).toBeNull();
      const before = commits();
      const first = await fetch(`${test.server.url}/v1/policy`, { headers: { authorization: `Bearer ${token}` } });
      expect(first.status).toBe(200);
      await first.text();
      const again = await fetch(`${test.server.url}/v1/policy`, { headers: { authorization: `Bearer ${token}`, 'if-none-match': first.headers.get('etag')! } });
      expect(again.status).toBe(304);
      await again.text();
      expect(commits()).toBe(before);
      expect(lastSeenStored()).toBeNull();

      const listed = await test.call<{ devices: DeviceListing[] }>('GET', '/admin/devices', { token: test.adminToken });
      expect(listed.body.devices[0]?.lastSeenAt).toEqual(expect.any(Number));
    } finally {
      await test.server.close();
    }
    expect(lastSeenStored()).toEqual(expect.any(Number));
    observer.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
