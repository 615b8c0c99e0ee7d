import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper';

let dir: string | undefined;
const servers: Server[] = [];

afterEach(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve).closeAllConnections())));
});

async function listen(handler: RequestListener): Promise<number> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function json(status: number, body: unknown): RequestListener {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
}

/** Runs `promptgate enroll` against SERVER with a fresh data directory. */
async function enroll(server: string) {
  dir = mkdtempSync(join(tmpdir(), 'pg-cli-enroll-'));
  const dataDir = join(dir, 'data');
  const result = await runCli(['enroll', '--server', server, '--code', 'ABCD-EFGH-JKLM', '--data-dir', dataDir]);
  return { ...result, written: existsSync(dataDir) ? readdirSync(dataDir) : [] };
}

describe('promptgate enroll', () => {
  it('refuses a --server that is not an http(s) URL as a usage error, exit 2, creating nothing', async () => {
    for (const server of ['notaurl', 'ftp://policy.example.com', 'policy.example.com:8443']) {
      const result = await enroll(server);
      expect(result.code, server).toBe(2);
      expect(result.stderr).toBe(`promptgate enroll: --server: "${server}" is not an http(s) URL (like https://policy.example.com)\n`);
      expect(existsSync(join(dir!, 'data'))).toBe(false);
    }
  });

  it('refuses plain http to a network server without --insecure, and a --fingerprint that is not one, exit 2, creating nothing', async () => {
    const plain = await enroll('http://10.0.0.8:8788');
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('--server: http://10.0.0.8:8788 is plain http on a network: use https://, or --insecure');
    expect(existsSync(join(dir!, 'data'))).toBe(false);
    dir = mkdtempSync(join(tmpdir(), 'pg-cli-enroll-'));
    const bad = await runCli(['enroll', '--server', 'https://policy.example.com', '--code', 'ABCD-EFGH-JKLM', '--fingerprint', 'SHA256:short', '--data-dir', join(dir, 'data')]);
    expect(bad).toMatchObject({ code: 2, stderr: 'promptgate enroll: --fingerprint: "SHA256:short" is not a key fingerprint (like SHA256:' + 'x'.repeat(43) + ')\n' });
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('--insecure lets plain http to a non-loopback address through', async () => {
    const port = await listen(json(404, { error: { code: 'not_found', message: 'no route for /v1/enroll' } }));
    // 0.0.0.0 is not a loopback name, yet a connection to it reaches this machine: a stand-in for a LAN server.
    const server = `http://0.0.0.0:${port}`;
    expect((await enroll(server)).code).toBe(2);
    dir = mkdtempSync(join(tmpdir(), 'pg-cli-enroll-'));
    const insecure = await runCli(['enroll', '--server', server, '--code', 'ABCD-EFGH-JKLM', '--insecure', '--data-dir', join(dir, 'data')]);
    expect(insecure).toMatchObject({ code: 3, stderr: expect.stringContaining('does not look like a promptgate org server') as string });
  });

  it('says the connection was refused when nothing listens on the port, exit 3', async () => {
    const port = await listen(() => undefined);
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const result = await enroll(`http://127.0.0.1:${port}`);
    expect(result).toMatchObject({ code: 3, stdout: '', written: [] });
    expect(result.stderr).toBe(`promptgate enroll: cannot reach http://127.0.0.1:${port}: connection refused\n`);
  });

  it('says a server without /v1/enroll (a gateway, any web server) does not look like an org server, exit 3', async () => {
    const port = await listen(json(404, { error: { code: 'not_found', message: 'no route for /v1/enroll' } }));
    const result = await enroll(`http://127.0.0.1:${port}/`);
    expect(result).toMatchObject({ code: 3, stdout: '', written: [] });
    expect(result.stderr).toBe(`promptgate enroll: http://127.0.0.1:${port} does not look like a promptgate org server (POST /v1/enroll answered HTTP 404); check the URL\n`);
    expect(result.stderr).not.toContain('no route');
  });

  it('says the same of a server that answers a web page', async () => {
    const port = await listen((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>Welcome</title>');
    });
    const result = await enroll(`http://127.0.0.1:${port}`);
    expect(result).toMatchObject({ code: 3, written: [] });
    expect(result.stderr).toContain('does not look like a promptgate org server (its answer to POST /v1/enroll is not JSON)');
  });

  it('names a TLS/protocol mismatch when https:// points at a plain-HTTP port, exit 3', async () => {
    const port = await listen(json(404, {}));
    const result = await enroll(`https://127.0.0.1:${port}`);
    expect(result).toMatchObject({ code: 3, stdout: '', written: [] });
    expect(result.stderr).toBe(
      `promptgate enroll: cannot reach https://127.0.0.1:${port}: TLS/protocol mismatch: the port does not seem to speak TLS (is it http://127.0.0.1:${port}?)\n`,
    );
  });

  it("passes on the org server's refusal of the code, exit 3, and writes no enrollment", async () => {
    const port = await listen(json(403, { error: { code: 'enrollment_refused', message: 'the enrollment code is unknown, already used or expired' } }));
    const result = await enroll(`http://127.0.0.1:${port}`);
    expect(result).toMatchObject({ code: 3, stdout: '', written: [] });
    expect(result.stderr).toBe('promptgate enroll: the enrollment code is unknown, already used or expired\n');
  });

  it('says a server error is one, without calling the server something else', async () => {
    const port = await listen((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<h1>Bad Gateway</h1>');
    });
    const result = await enroll(`http://127.0.0.1:${port}`);
    expect(result).toMatchObject({ code: 3, written: [] });
    expect(result.stderr).toBe(`promptgate enroll: http://127.0.0.1:${port} answered HTTP 502; try again later\n`);
  });
});
