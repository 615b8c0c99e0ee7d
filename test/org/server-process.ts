import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../server/bin/promptgate-server.js', import.meta.url));

export interface ServerProcess {
  url: string;
  port: number;
  /** The quick-start admin token a first start prints; rejects when the process ends without printing one. */
  adminToken(): Promise<string>;
  /** Everything printed on stderr so far; complete once `stop()` resolved. */
  stderr(): string;
  stop(): Promise<void>;
  /** Ends the process at once (SIGKILL), as a crash would: nothing is closed, no lock is given back by it. */
  kill(): Promise<void>;
}

/** `promptgate-server` as its own process, as an admin would run it; resolves on its "listening on" line. */
export async function startServerProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  // 'close' comes after the process exited and its output was read to the end.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  // The token line follows the listening line, on the other stream: it is awaited on its own.
  const adminToken = new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const token = /(pgsa_[\w-]+)/.exec(stderr)?.[1];
      if (token) resolve(token);
    });
    void closed.then(() => reject(new Error(`the server printed no admin token: ${stderr}`)));
  });
  adminToken.catch(() => undefined);
  // No deadline of its own: the hook timeout catches a server that neither listens nor exits.
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /promptgate-server listening on (https?:\/\/\S+)/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    port: Number(new URL(url).port),
    adminToken: () => adminToken,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await closed;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await closed;
    },
  };
}

/** Admin API calls with a bearer token. */
export async function adminCall<T = Record<string, unknown>>(
  server: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<{ status: number; body: T }> {
  const response = await fetch(new URL(path, server), {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': contentType } : {}) },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json().catch(() => ({}))) as T };
}

/** A server process on a fresh data directory, with its quick-start admin token; the caller removes `dir`. */
export async function startServerInTempDir(): Promise<{ server: ServerProcess; dir: string; adminToken: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'pg-server-'));
  const server = await startServerProcess(['--port', '0', '--data-dir', dir]);
  return { server, dir, adminToken: await server.adminToken() };
}
