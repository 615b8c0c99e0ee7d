import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../server/bin/promptgate-server.js', import.meta.url));

export interface ServerProcess {
  url: string;
  port: number;
  /** The quick-start admin token, when the server printed one. */
  adminToken: string | undefined;
  stderr(): string;
  stop(): Promise<void>;
}

/** `promptgate-server` as its own process, as an admin would run it; resolves on its "listening on" line. */
export async function startServerProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /promptgate-server listening on (http:\/\/\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
  });
  // The token line follows the listening line on stderr; give it a moment.
  for (let i = 0; i < 50 && !/pgsa_/.test(stderr) && !args.includes('--oidc-issuer'); i++) await new Promise((r) => setTimeout(r, 20));
  return {
    url,
    port: Number(new URL(url).port),
    adminToken: /(pgsa_[\w-]+)/.exec(stderr)?.[1],
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Admin API calls with a bearer token. */
export async function adminCall<T = Record<string, unknown>>(server: string, token: string, method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<{ status: number; body: T }> {
  const response = await fetch(new URL(path, server), {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': contentType } : {}) },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json().catch(() => ({}))) as T };
}
