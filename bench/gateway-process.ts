import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';

/** A `promptgate gateway` child process as people run it (the built bin: `npm run build` first). */
export interface GatewayProcess {
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * `promptgate gateway --port 0` in a child process; resolves with its port once it is listening. With
 * `heapProbe`, the child also answers `heapAfterGc` (see heap-probe.mjs).
 */
export async function gatewayProcess(dataDir: string, options: { heapProbe?: boolean } = {}): Promise<GatewayProcess> {
  const bin = new URL('../desktop/bin/promptgate.js', import.meta.url).pathname;
  const probe = new URL('./heap-probe.mjs', import.meta.url).href;
  const nodeArgs = options.heapProbe ? ['--expose-gc', '--import', probe] : [];
  const child = spawn(process.execPath, [...nodeArgs, bin, 'gateway', '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'ignore', ...(options.heapProbe ? (['ipc'] as const) : [])],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for await (const line of createInterface({ input: child.stdout! })) {
    const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
    if (match) {
      // Keep reading so a chatty gateway never blocks on a full pipe.
      child.stdout!.resume();
      return {
        port: Number(match[1]),
        child,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      };
    }
  }
  throw new Error('the gateway did not start (run `npm run build` first)');
}

/** The child's memory after a full garbage collection, in bytes (a gateway started with `heapProbe`). */
export function heapAfterGc(child: ChildProcess): Promise<NodeJS.MemoryUsage> {
  return new Promise((resolve, reject) => {
    if (!child.connected) return reject(new Error('the gateway was started without heapProbe'));
    const onMessage = (message: unknown) => {
      if (typeof message !== 'object' || message === null || !('heap' in message)) return;
      child.off('message', onMessage);
      resolve(message.heap as NodeJS.MemoryUsage);
    };
    child.on('message', onMessage);
    child.send('heap');
  });
}

/** One request; resolves with its time in ms, its status and its body. */
export function call(
  port: number,
  agent: Agent,
  method: string,
  path: string,
  headers: Record<string, string | number> = {},
  body?: string,
): Promise<{ ms: number; status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
