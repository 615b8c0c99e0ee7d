import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionLog } from '../../log';

const BIN = new URL('../../../bin/promptgate.js', import.meta.url).pathname;
const run = promisify(execFile);
const GITHUB = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';

let child: ChildProcess | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = undefined;
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Starts `promptgate gateway --port 0` and resolves with its URL once it printed the ready line. */
async function startGatewayProcess(extra: string[] = []): Promise<string> {
  dataDir = await mkdtemp(join(tmpdir(), 'pg-cli-gateway-'));
  child = spawn(process.execPath, [BIN, 'gateway', '--port', '0', '--data-dir', dataDir, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    const match = /^promptgate gateway listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
    if (match) return match[1]!;
  }
  throw new Error('the gateway exited before it was ready');
}

async function cli(...args: string[]): Promise<string> {
  return (await run(process.execPath, [BIN, ...args, '--data-dir', dataDir!])).stdout.trim();
}

function inspect(url: string, token: string, text: string, conversationId = 'c1'): Promise<Response> {
  return fetch(`${url}/api/inspect`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ source: { site: 'chatgpt.com', url: 'https://chatgpt.com/' }, conversationId, segments: [{ id: 'p', kind: 'prompt', text }] }),
  });
}

function exited(process: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => process.once('exit', (code, signal) => resolve({ code, signal })));
}

describe('promptgate gateway (a real process)', () => {
  it('accepts a token the CLI creates while it runs, and keeps an answered event through kill -9', async () => {
    const url = await startGatewayProcess();
    const token = await cli('token', 'create', '--kind', 'extension', '--name', 'browser');
    expect(token).toMatch(/^pg_ext_/);
    const response = await inspect(url, token, `deploy key ${GITHUB}`);
    expect(response.status).toBe(200);
    const { eventId } = (await response.json()) as { eventId: string };
    const gone = exited(child!);
    child!.kill('SIGKILL');
    expect((await gone).signal).toBe('SIGKILL');

    const log = SessionLog.open(dataDir!);
    try {
      const [event] = log.searchEvents({ limit: 1 });
      expect(event).toMatchObject({ id: eventId, verdict: 'redact', maskedText: 'deploy key [GITHUB_PAT_1]' });
      expect(log.verify()).toMatchObject({ ok: true });
    } finally {
      log.close();
    }
  });

  it('revoking a token with the CLI locks it out of the running gateway at once', async () => {
    const url = await startGatewayProcess();
    const token = await cli('token', 'create', '--kind', 'extension', '--name', 'laptop');
    expect((await inspect(url, token, 'hello')).status).toBe(200);
    expect(await cli('token', 'list')).toContain('laptop');
    await cli('token', 'revoke', 'laptop');
    expect((await inspect(url, token, 'hello')).status).toBe(401);
  });

  it('on SIGTERM ends waiting requests with an answer, closes the log, and exits 0', async () => {
    const policy = join(await mkdtemp(join(tmpdir(), 'pg-policy-')), 'policy.yaml');
    await writeFile(policy, 'version: 1\nname: t\ncustom:\n  - { id: falcon, kind: keywords, keywords: [Project Falcon], action: hold }\n');
    const url = await startGatewayProcess(['--policy', policy]);
    const token = await cli('token', 'create', '--kind', 'extension', '--name', 'browser');
    const held = (await (await inspect(url, token, 'Project Falcon launch')).json()) as { approvalId: string };
    const poll = fetch(`${url}/api/approvals/${held.approvalId}?wait=25`, { headers: { authorization: `Bearer ${token}` } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const gone = exited(child!);
    child!.kill('SIGTERM');
    const answer = await poll;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { status: string }).status).toBe('pending');
    expect(await gone).toEqual({ code: 0, signal: null });
    // A clean close folds the WAL back into the database file.
    const wal = await stat(join(dataDir!, 'session-log.db-wal')).catch(() => undefined);
    expect(wal?.size ?? 0).toBe(0);
  });

  it('prints a pairing code the running gateway redeems once', async () => {
    const url = await startGatewayProcess();
    const code = await cli('pair');
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const pair = () => fetch(`${url}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, name: 'Chrome' }) });
    const first = await pair();
    expect(first.status).toBe(200);
    expect(((await first.json()) as { token: string }).token).toMatch(/^pg_ext_/);
    expect((await pair()).status).toBe(400);
  });

  it('refuses a bad --port and an invalid policy with one line and exit 2', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pg-cli-gateway-'));
    const bad = await run(process.execPath, [BIN, 'gateway', '--port', '70000', '--data-dir', dataDir]).catch((error: { code: number; stderr: string }) => error);
    expect(bad).toMatchObject({ code: 2 });
    expect((bad as { stderr: string }).stderr).toContain('--port');
    const policy = join(dataDir, 'bad.yaml');
    await writeFile(policy, 'version: 1\nname: x\nfailMode: sideways\n');
    const invalid = await run(process.execPath, [BIN, 'gateway', '--port', '0', '--data-dir', dataDir, '--policy', policy]).catch((error: { code: number; stderr: string }) => error);
    expect(invalid).toMatchObject({ code: 2 });
    expect((invalid as { stderr: string }).stderr).toContain('failMode');
  });
});
