import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlEngine } from '../db/sql';
import { startServer, type RunningServer, type ServerOptions } from '../start';
import { createTestPostgresDatabase } from './engines';

export interface TestServer {
  server: RunningServer;
  /** The quick-start admin token (undefined in OIDC mode without quick-start tokens). */
  adminToken: string | undefined;
  /** Enrolls a device for `user` and returns its bearer credential. */
  enroll(user: string): Promise<string>;
  call<T = Record<string, unknown>>(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; type?: string },
  ): Promise<{ status: number; body: T; headers: Headers }>;
  close(): Promise<void>;
}

/**
 * A real server on loopback with its own data directory, removed on close: on SQLite there (the default), or on
 * PostgreSQL with `databaseUrl` (see `testDatabaseOptions`).
 */
export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pg-server-test-'));
  const server = await startServer({ port: 0, dataDir, onError: () => undefined, ...options });
  return {
    server,
    adminToken: server.firstAdminToken,
    async enroll(user) {
      const devices = server.services.devices;
      const { code } = await devices.createCode({ user, groups: [], createdBy: 'test', ttlMs: 60 * 60_000 });
      return (await devices.redeem(code, `${user}-laptop`)).token;
    },
    async call(method, path, { token, body, type } = {}) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': type ?? 'application/json' } : {}) },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : {}) as never, headers: response.headers };
    },
    async close() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Server options for a fresh database of `engine`: nothing for SQLite, a new PostgreSQL database's URL otherwise. */
export async function testDatabaseOptions(engine: SqlEngine): Promise<Pick<ServerOptions, 'databaseUrl'>> {
  return engine === 'postgres' ? { databaseUrl: await createTestPostgresDatabase() } : {};
}
