/**
 * `npm run bench:gateway`: latency of `POST /api/inspect` over a real socket for 1 KB, 4 KB and 64 KB prompts
 * that contain secrets (p50, p99), measured against a gateway in its own process as people run it; then the
 * gateway's memory at idle, after 10,000 inspections, and after those conversations expire, measured
 * in-process so the heap can be read after a full collection (`node --expose-gc`, which the npm script sets).
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { openAuth } from '../desktop/src/auth';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conversationKey } from '../desktop/src/gateway/conversation-key';
import { startGateway } from '../desktop/src/app/start-gateway';
import { formatTable, summarize } from './stats';

const SECRETS = ['GITHUB_TOKEN=ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u', 'aws_access_key_id = AKIAZ3MRT7QW5PXK2NVB', 'mail dana.kowalski@fabrikam-mail.com about it'];

const FILLER =
  'The quarterly report shows that the migration to the new build system reduced CI time by a third. ' +
  'function retry(fn, attempts) { for (let i = 0; i < attempts; i++) { try { return fn(); } catch (e) { last = e; } } }\n';

function prompt(bytes: number, n: number): string {
  let text = `Request ${n}: please review this config.\n${SECRETS[n % SECRETS.length]}\n`;
  while (text.length < bytes) text += FILLER;
  return text.slice(0, bytes);
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function post(port: number, token: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/inspect',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
      },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve(Number(process.hrtime.bigint() - started) / 1e6) : reject(new Error(`status ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function body(text: string, conversation: number): string {
  return JSON.stringify({
    source: { site: 'chatgpt.com', url: `https://chatgpt.com/c/${conversation}` },
    conversationId: `bench-${conversation}`,
    segments: [{ id: 'prompt', kind: 'prompt', text }],
  });
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** `promptgate gateway --port 0` in a child process; resolves with its port once it is listening. */
async function gatewayProcess(dataDir: string): Promise<{ port: number; stop(): void }> {
  const bin = new URL('../desktop/bin/promptgate.js', import.meta.url).pathname;
  const child = spawn(process.execPath, [bin, 'gateway', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'ignore'] });
  for await (const line of createInterface({ input: child.stdout })) {
    const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
    if (match) return { port: Number(match[1]), stop: () => child.kill('SIGTERM') };
  }
  throw new Error('the gateway did not start');
}

async function latency(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pg-bench-'));
  const auth = openAuth(dataDir);
  const token = auth.tokens.create('extension', 'bench');
  auth.close();
  const gateway = await gatewayProcess(dataDir);
  try {
    const rows: string[][] = [];
    for (const size of [1024, 4096, 65536]) {
      const bodies = Array.from({ length: 20 }, (_, n) => body(prompt(size, n), n));
      for (let i = 0; i < 1000; i++) await post(gateway.port, token, bodies[i % bodies.length]!);
      const samples: number[] = [];
      const count = size > 10_000 ? 1000 : 3000;
      for (let i = 0; i < count; i++) samples.push(await post(gateway.port, token, bodies[i % bodies.length]!));
      const { p50, p99, mean } = summarize(samples);
      rows.push([`${size / 1024} KB`, String(count), p50.toFixed(3), p99.toFixed(3), mean.toFixed(3)]);
    }
    console.log('POST /api/inspect over a real socket (keep-alive) to a gateway process, prompts with secrets; ms');
    console.log(formatTable(['prompt', 'requests', 'p50', 'p99', 'mean'], rows));
  } finally {
    gateway.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function memory(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pg-bench-'));
  const gateway = await startGateway({ port: 0, dataDir, onError: (error) => console.error(error) });
  const token = gateway.auth.tokens.create('extension', 'bench');
  try {
    const idle = heapMb();
    const rss0 = process.memoryUsage().rss / 1024 / 1024;
    for (let i = 0; i < 10_000; i++) await post(gateway.port, token, body(prompt(4096, i), i));
    const after = heapMb();
    // Vaults expire with their conversations (12 h idle); dropping them as expiry would shows what comes back.
    for (let i = 0; i < 10_000; i++) gateway.services.vaults.delete(conversationKey('bench', 'chatgpt.com', `bench-${i}`));
    const swept = heapMb();
    const rss1 = process.memoryUsage().rss / 1024 / 1024;
    console.log('\nmemory (heap used after a full GC; the bench client shares the process)');
    console.log(
      formatTable(
        ['when', 'heap MB', 'rss MB'],
        [
          ['idle', idle.toFixed(1), rss0.toFixed(1)],
          ['after 10,000 inspections (10,000 conversations held)', after.toFixed(1), '-'],
          ['after those conversations are dropped', swept.toFixed(1), rss1.toFixed(1)],
        ],
      ),
    );
  } finally {
    await gateway.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await latency();
await memory();
