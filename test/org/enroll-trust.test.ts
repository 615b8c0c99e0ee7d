import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { get, request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { adminCall, startServerProcess, type ServerProcess } from './server-process';
import { startTestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { orgGatewayOptions } from './org-steps';

const PROMPTGATE = fileURLToPath(new URL('../../desktop/bin/promptgate.js', import.meta.url));

/** `promptgate enroll ...` as its own process; `env` for the trust store (NODE_EXTRA_CA_CERTS). */
async function enroll(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [PROMPTGATE, 'enroll', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

function httpsStatus(url: string, ca: Buffer): Promise<number> {
  return new Promise((resolve, reject) => get(url, { ca }, (response) => (response.resume(), resolve(response.statusCode ?? 0))).once('error', reject));
}

/** JSON over HTTPS trusting `ca` (fetch in this process knows only the system's CAs). */
function httpsCall(url: string, ca: Buffer, init: { method?: string; token?: string; body?: unknown } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) };
    const req = httpsRequest(url, { method: init.method ?? 'GET', headers, ca }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.once('error', reject);
    req.end(init.body === undefined ? undefined : Buffer.isBuffer(init.body) ? init.body : JSON.stringify(init.body));
  });
}

/** Enrollment that does not trust the transport: TLS on the server, plain http refused, the key fingerprint pinned. */
describe('enrollment over a network an attacker may sit on', () => {
  let dir: string;
  let server: ServerProcess;
  let adminToken: string;
  let cert: Buffer;

  const newCode = async () =>
    JSON.parse((await httpsCall(`${server.url}/admin/enrollment-codes`, cert, { method: 'POST', token: adminToken, body: { user: 'ivy@example.com' } })).body) as {
      code: string;
      fingerprint: string;
    };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pg-enroll-trust-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    cert = readFileSync(join(dir, 'cert.pem'));
    server = await startServerProcess(['--port', '0', '--data-dir', join(dir, 'server'), '--tls-cert', join(dir, 'cert.pem'), '--tls-key', join(dir, 'key.pem')]);
    adminToken = await server.adminToken();
  });

  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves HTTPS with --tls-cert/--tls-key, and nothing in the clear', async () => {
    expect(server.url).toMatch(/^https:\/\//);
    expect(await httpsStatus(`${server.url}/healthz`, cert)).toBe(200);
    await expect(fetch(`${server.url.replace('https:', 'http:')}/healthz`)).rejects.toThrow();
  });

  it('enrolls over HTTPS with the fingerprint shown next to the code, pinning exactly that key', async () => {
    const { code, fingerprint } = await newCode();
    const jwks = JSON.parse((await httpsCall(`${server.url}/.well-known/jwks.json`, cert)).body) as { keys: Array<{ kid: string }> };
    expect(fingerprint).toBe(`SHA256:${jwks.keys[0]!.kid}`);
    const dataDir = join(dir, 'gw-ok');
    const result = await enroll(['--server', server.url, '--code', code, '--fingerprint', fingerprint, '--data-dir', dataDir], { NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const enrollment = JSON.parse(readFileSync(join(dataDir, 'org-enrollment.json'), 'utf8')) as { pinnedKeys: Array<{ kid: string }> };
    expect(enrollment.pinnedKeys.map((key) => key.kid)).toEqual([jwks.keys[0]!.kid]);
  });

  it('refuses plain http:// to a server that is not on this machine unless --insecure, creating nothing', async () => {
    const dataDir = join(dir, 'gw-http');
    const result = await enroll(['--server', 'http://policy.example.com', '--code', 'ABCD-EFGH-JKLM', '--data-dir', dataDir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('promptgate enroll: --server: http://policy.example.com is plain http on a network: use https://, or --insecure');
    expect(existsSync(dataDir)).toBe(false);
  });

  it("the gateway's settings page takes the fingerprint too, and refuses a wrong one", async () => {
    // Plain http on this machine: the gateway in this process trusts only the system's CAs.
    const local = await startServerProcess(['--port', '0', '--data-dir', join(dir, 'local-server')]);
    const gw = await startTestGateway(orgGatewayOptions());
    try {
      const token = await local.adminToken();
      const newLocalCode = async () =>
        (await adminCall<{ code: string; fingerprint: string }>(local.url, token, 'POST', '/admin/enrollment-codes', { user: 'kim@example.com' })).body;
      const enroll = async (code: string, fingerprint: string) =>
        gw.call<{ enrolled?: boolean; error?: { code: string } }>('POST', '/ui/api/org/enroll', {
          body: { server: local.url, code, fingerprint },
          token: null,
          cookie: await gw.uiCookie(),
        });
      const refused = await enroll((await newLocalCode()).code, `SHA256:${'A'.repeat(43)}`);
      expect(refused).toMatchObject({ status: 400, body: { error: { code: 'fingerprint_mismatch' } } });
      expect(gw.gateway.org.status().enrolled).toBe(false);
      const right = await newLocalCode();
      expect(await enroll(right.code, right.fingerprint)).toMatchObject({ status: 200, body: { enrolled: true } });
    } finally {
      await gw.stop();
      await local.stop();
    }
  });

  it('fails closed when a man in the middle swaps the key in the enroll answer', async () => {
    const { publicKey } = await generateKeyPair('ES256');
    const jwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(jwk);
    const target = server.url;
    // A plain-http interceptor on this machine that relays to the real server and swaps the keys in the answer.
    const mitm: Server = createServer((request, response) => {
      void (async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        const upstream = await httpsCall(new URL(request.url ?? '/', target).href, cert, { method: request.method ?? 'GET', body: Buffer.concat(chunks) });
        const answer = JSON.parse(upstream.body) as { jwks?: { keys: unknown[] } };
        if (answer.jwks) answer.jwks.keys = [{ ...jwk, kid, alg: 'ES256', use: 'sig' }];
        response.writeHead(upstream.status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer));
      })();
    });
    mitm.listen(0, '127.0.0.1');
    await once(mitm, 'listening');
    try {
      const { code, fingerprint } = await newCode();
      const dataDir = join(dir, 'gw-mitm');
      const url = `http://127.0.0.1:${(mitm.address() as { port: number }).port}`;
      // Loopback http is allowed without --insecure: the interceptor stands in for one on the network.
      const refused = await enroll(['--server', url, '--code', code, '--fingerprint', fingerprint, '--data-dir', dataDir]);
      expect(refused.code).toBe(3);
      expect(refused.stderr).toContain(`is not the fingerprint the admin gave (${fingerprint}); nothing was changed`);
      expect(existsSync(join(dataDir, 'org-enrollment.json'))).toBe(false);
      // Without the fingerprint the swapped key would have been pinned: the check is what stops it.
      const blind = await enroll(['--server', url, '--code', (await newCode()).code, '--data-dir', join(dir, 'gw-blind')]);
      expect(blind.code).toBe(0);
      expect(readFileSync(join(dir, 'gw-blind', 'org-enrollment.json'), 'utf8')).toContain(kid);
    } finally {
      mitm.closeAllConnections();
      await new Promise((resolve) => mitm.close(resolve));
    }
  });
});
