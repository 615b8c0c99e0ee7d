import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { captureIo } from '../testing/capture-io';
import { main } from '../main';
import { startServer, type RunningServer } from '../start';
import { createTestPostgresDatabase } from '../testing/engines';
import { UsageError } from './io';
import { serveOptions } from './serve-command';

let dir: string | undefined;
let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('choosing the database', () => {
  it('takes PostgreSQL from --database, else PROMPTGATE_SERVER_DATABASE, else DATABASE_URL; SQLite by default', () => {
    const url = 'postgres://pg:secret@db.internal:5432/promptgate';
    expect(serveOptions(['--database', url], { DATABASE_URL: 'postgres://other@x/y' }).databaseUrl).toBe(url);
    expect(serveOptions([], { PROMPTGATE_SERVER_DATABASE: url, DATABASE_URL: 'postgres://other@x/y' }).databaseUrl).toBe(url);
    expect(serveOptions([], { DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(serveOptions([], {})).not.toHaveProperty('databaseUrl');
  });

  it('refuses a URL that does not parse or is not PostgreSQL, in one line that does not repeat it', () => {
    for (const bad of ['postgres://pg:hunter2@', 'mysql://pg:hunter2@db/x', 'pg:hunter2@db/x']) {
      let thrown: unknown;
      try {
        serveOptions(['--database', bad], {});
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(UsageError);
      expect((thrown as Error).message).toMatch(/^--database \/ DATABASE_URL: /);
      expect((thrown as Error).message).not.toContain('hunter2');
      expect((thrown as Error).message).not.toContain('\n');
    }
  });

  it('a server that cannot be reached stops the start with one line that names the host and never the password', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pg-server-db-'));
    const cli = captureIo();
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const code = await main(['--port', '0', '--data-dir', dir, '--database', 'postgres://pg:hunter2%21@127.0.0.1:1/promptgate'], cli.io);
    expect(code).toBe(2);
    expect(cli.err().trim().split('\n')).toEqual([expect.stringMatching(/^promptgate-server: cannot reach the PostgreSQL database at 127\.0\.0\.1:1\/promptgate: /)]);
    expect(cli.err()).not.toMatch(/hunter2/);
  });

  it('reset-admin-token works on the PostgreSQL database the replicas share', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pg-server-db-'));
    const databaseUrl = await createTestPostgresDatabase();
    running = await startServer({ port: 0, dataDir: dir, databaseUrl, onError: () => undefined });
    const old = running.firstAdminToken!;
    const cli = captureIo();
    expect(await main(['reset-admin-token', '--database', databaseUrl], cli.io)).toBe(0);
    const fresh = cli.out().trim();
    const me = (token: string) => fetch(`${running!.url}/admin/me`, { headers: { authorization: `Bearer ${token}` } });
    expect((await me(fresh)).status).toBe(200);
    expect((await me(old)).status).toBe(401);
  });
});
