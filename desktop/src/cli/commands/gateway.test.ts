import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionLog } from '../../log';
import { loadOrCreateUiLinkKey } from '../../gateway/ui-link/key';
import { runCli } from '../run-cli.test-helper';

// The real bin, which runs the built CLI (rebuilt before the suites by test/global-setup.ts).
const BIN = new URL('../../../bin/promptgate.js', import.meta.url).pathname;
const run = promisify(execFile);
const GITHUB = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const HOLD_POLICY = 'version: 1\nname: t\ncustom:\n  - { id: falcon, kind: keywords, keywords: [Project Falcon], action: hold }\n';

interface GatewayProcess {
  readonly child: ChildProcess;
  readonly url: string;
  readonly dataDir: string;
}

const started: GatewayProcess[] = [];
afterAll(async () => {
  for (const { child, dataDir } of started) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }
});

/** Starts `promptgate gateway --port 0` and resolves once it printed the ready line. */
async function startGatewayProcess(extra: string[] = []): Promise<GatewayProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pg-cli-gateway-'));
  const child = spawn(process.execPath, [BIN, 'gateway', '--port', '0', '--data-dir', dataDir, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  const gateway = { child, dataDir, url: '' };
  started.push(gateway);
  for await (const line of createInterface({ input: child.stdout })) {
    const match = /^promptgate gateway listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
    if (match) return { ...gateway, url: match[1]! };
  }
  throw new Error('the gateway exited before it was ready');
}

/** The CLI in this process, on the running gateway's data directory, as a second program would be. */
async function cli(gateway: GatewayProcess, ...args: string[]): Promise<string> {
  const result = await runCli([...args, '--data-dir', gateway.dataDir]);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout.trim();
}

function inspect(url: string, token: string, text: string, conversationId = 'c1'): Promise<Response> {
  return fetch(`${url}/api/inspect`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ source: { site: 'chatgpt.com', url: 'https://chatgpt.com/' }, conversationId, segments: [{ id: 'p', kind: 'prompt', text }] }),
  });
}

/** Opens a local UI link as a browser would: the answer, and the session cookie it set. */
async function openLink(link: string): Promise<{ status: number; cookie: string }> {
  const response = await fetch(link, { redirect: 'manual' });
  return { status: response.status, cookie: (response.headers.getSetCookie()[0] ?? '').split(';')[0]! };
}

/** A port nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function exited(process: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => process.once('exit', (code, signal) => resolve({ code, signal })));
}

// One gateway process for the tests that only talk to it; the last one stops it with SIGTERM.
describe('promptgate gateway (a real process)', () => {
  let gateway: GatewayProcess;
  beforeAll(async () => {
    const policy = join(await mkdtemp(join(tmpdir(), 'pg-policy-')), 'policy.yaml');
    await writeFile(policy, HOLD_POLICY);
    gateway = await startGatewayProcess(['--policy', policy]);
  });

  it('accepts a token the CLI creates while it runs, and locks it out at once when the CLI revokes it', async () => {
    const token = await cli(gateway, 'token', 'create', '--kind', 'extension', '--name', 'laptop');
    expect(token).toMatch(/^pg_ext_/);
    const response = await inspect(gateway.url, token, `deploy key ${GITHUB}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ verdict: 'redact' });
    expect(await cli(gateway, 'token', 'list')).toContain('laptop');
    await cli(gateway, 'token', 'revoke', 'laptop');
    expect((await inspect(gateway.url, token, 'hello')).status).toBe(401);
  });

  it('prints a pairing code the running gateway redeems once', async () => {
    const code = await cli(gateway, 'pair');
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const pair = () => fetch(`${gateway.url}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, name: 'Chrome' }) });
    const first = await pair();
    expect(first.status).toBe(200);
    expect(((await first.json()) as { token: string }).token).toMatch(/^pg_ext_/);
    expect((await pair()).status).toBe(400);
  });

  it('`promptgate ui` prints a new link each time; each opens the UI once', async () => {
    const port = new URL(gateway.url).port;
    const first = await runCli(['ui', '--port', port, '--data-dir', gateway.dataDir]);
    expect(first.code, first.stderr).toBe(0);
    const second = await cli(gateway, 'ui', '--port', port);
    const links = [first.stdout.trim(), second];
    expect(links[0]).not.toBe(links[1]);
    // The link is the only secret it prints: the key it proved itself with stays in the data directory.
    const key = (await readFile(join(gateway.dataDir, 'ui-link.key'), 'utf8')).trim();
    expect(first.stdout + first.stderr).not.toContain(key);
    for (const link of links) {
      expect(link).toMatch(new RegExp(`^${gateway.url}/ui/\\?key=[\\w-]+$`));
      const opened = await openLink(link);
      expect(opened.status).toBe(303);
      expect((await fetch(`${gateway.url}/ui/api/overview`, { headers: { cookie: opened.cookie } })).status).toBe(200);
      const again = await openLink(link);
      expect(again).toEqual({ status: 401, cookie: '' });
    }
  });

  it('`promptgate ui` with another data directory than the gateway gets no link, exit 3', async () => {
    const port = new URL(gateway.url).port;
    const other = await mkdtemp(join(tmpdir(), 'pg-cli-other-'));
    try {
      const unused = await runCli(['ui', '--port', port, '--data-dir', other]);
      expect(unused).toMatchObject({ code: 3, stdout: '' });
      expect(unused.stderr).toMatch(/^promptgate ui: no gateway has run with the data directory .+\n$/);
      loadOrCreateUiLinkKey(other);
      const foreign = await runCli(['ui', '--port', port, '--data-dir', other]);
      expect(foreign).toMatchObject({ code: 3, stdout: '' });
      expect(foreign.stderr).toMatch(/^promptgate ui: the gateway at http:\/\/127\.0\.0\.1:\d+ runs with another data directory than .+\n$/);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('on SIGTERM ends waiting requests with an answer, closes the log, and exits 0', async () => {
    const token = await cli(gateway, 'token', 'create', '--kind', 'extension', '--name', 'browser');
    const held = (await (await inspect(gateway.url, token, 'Project Falcon launch')).json()) as { approvalId: string };
    // A long-poll's status line comes at once: once fetch resolves, the gateway is holding the request.
    const answer = await fetch(`${gateway.url}/api/approvals/${held.approvalId}?wait=25`, { headers: { authorization: `Bearer ${token}` } });
    expect(answer.status).toBe(200);
    const gone = exited(gateway.child);
    gateway.child.kill('SIGTERM');
    expect(((await answer.json()) as { status: string }).status).toBe('pending');
    expect(await gone).toEqual({ code: 0, signal: null });
    // A clean close folds the WAL back into the database file.
    const wal = await stat(join(gateway.dataDir, 'session-log.db-wal')).catch(() => undefined);
    expect(wal?.size ?? 0).toBe(0);
  });
});

describe('promptgate gateway killed with -9', () => {
  it('keeps every event it answered', async () => {
    const gateway = await startGatewayProcess();
    const token = await cli(gateway, 'token', 'create', '--kind', 'extension', '--name', 'browser');
    const response = await inspect(gateway.url, token, `deploy key ${GITHUB}`);
    expect(response.status).toBe(200);
    const { eventId } = (await response.json()) as { eventId: string };
    const gone = exited(gateway.child);
    gateway.child.kill('SIGKILL');
    expect((await gone).signal).toBe('SIGKILL');

    const log = SessionLog.open(gateway.dataDir);
    try {
      const [event] = log.searchEvents({ limit: 1 });
      expect(event).toMatchObject({ id: eventId, verdict: 'redact', maskedText: 'deploy key [GITHUB_PAT_1]' });
      expect(log.verify()).toMatchObject({ ok: true });
    } finally {
      log.close();
    }
  });
});

describe('promptgate ui without a running gateway', () => {
  it('says no gateway answered, in one line, and exits 3', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pg-cli-ui-'));
    try {
      const port = await closedPort();
      const result = await runCli(['ui', '--port', String(port), '--data-dir', dataDir]);
      expect(result).toMatchObject({ code: 3, stdout: '' });
      expect(result.stderr).toMatch(new RegExp(`^promptgate ui: no gateway answered at http://127\\.0\\.0\\.1:${port}: connection refused \\(start one with [^\\n]+\\)\\n$`));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('promptgate gateway start-up errors', () => {
  it('refuses a bad --port and an invalid policy with one line and exit 2', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pg-cli-gateway-'));
    try {
      const bad = await run(process.execPath, [BIN, 'gateway', '--port', '70000', '--data-dir', dataDir]).catch((error: { code: number; stderr: string }) => error);
      expect(bad).toMatchObject({ code: 2 });
      expect((bad as { stderr: string }).stderr).toContain('--port');
      const policy = join(dataDir, 'bad.yaml');
      await writeFile(policy, 'version: 1\nname: x\nfailMode: sideways\n');
      const invalid = await run(process.execPath, [BIN, 'gateway', '--port', '0', '--data-dir', dataDir, '--policy', policy]).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(invalid).toMatchObject({ code: 2 });
      expect((invalid as { stderr: string }).stderr).toContain('failMode');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
