import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { captureIo } from '../testing/capture-io';
import { serveOptions } from '../cli/serve-command';
import { main } from '../main';
import { startServer, type RunningServer } from '../start';

const me = (server: RunningServer, token: string) => fetch(`${server.url}/admin/me`, { headers: { authorization: `Bearer ${token}` } });

let dir: string | undefined;
let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('quick-start admin tokens', () => {
  it('stop working when the server restarts with OIDC, unless it is told to keep them', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pg-server-tokens-'));
    running = await startServer({ port: 0, dataDir: dir, onError: () => undefined });
    const token = running.firstAdminToken!;
    expect((await me(running, token)).status).toBe(200);
    await running.close();

    // The issuer is never asked: a quick-start token is refused before any OIDC work.
    const oidc = { issuer: 'http://127.0.0.1:9/', audience: 'promptgate-server' };
    running = await startServer({ port: 0, dataDir: dir, oidc, onError: () => undefined });
    const refused = await me(running, token);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/quick-start admin tokens are disabled/);
    await running.close();

    running = await startServer({ port: 0, dataDir: dir, oidc, keepAdminTokens: true, onError: () => undefined });
    expect((await me(running, token)).status).toBe(200);
  });

  it('--keep-admin-tokens (or its environment variable) is read by the serve command', () => {
    const oidcArgs = ['--oidc-issuer', 'https://idp.example.com', '--oidc-audience', 'pg'];
    expect(serveOptions(oidcArgs, {}).keepAdminTokens).toBeUndefined();
    expect(serveOptions([...oidcArgs, '--keep-admin-tokens'], {}).keepAdminTokens).toBe(true);
    expect(serveOptions(oidcArgs, { PROMPTGATE_SERVER_KEEP_ADMIN_TOKENS: '1' }).keepAdminTokens).toBe(true);
  });

  it('admin tokens list shows each token once; revoke stops one at once and leaves the others', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pg-server-tokens-'));
    running = await startServer({ port: 0, dataDir: dir, onError: () => undefined });
    const first = running.firstAdminToken!;
    const second = await running.services.adminTokens.create('ci pipeline');
    const list = captureIo();
    expect(await main(['admin', 'tokens', 'list', '--server', running.url, '--token', first], list.io)).toBe(0);
    const rows = list
      .out()
      .trim()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(rows.map((row) => row[2])).toEqual(expect.arrayContaining(['quick-start admin', 'ci pipeline']));
    expect(list.out()).not.toContain(second);
    const ciId = rows.find((row) => row[2] === 'ci pipeline')![0]!;

    const revoke = captureIo();
    expect(await main(['admin', 'tokens', 'revoke', ciId, '--server', running.url, '--token', first], revoke.io)).toBe(0);
    expect((await me(running, second)).status).toBe(401);
    expect((await me(running, first)).status).toBe(200);
    const again = captureIo();
    expect(await main(['admin', 'tokens', 'revoke', ciId, '--server', running.url, '--token', first], again.io)).toBe(3);
    expect(again.err()).toContain('no such admin token');
  });
});
