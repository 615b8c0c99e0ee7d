/**
 * `npm run bench:soak [-- --minutes N --clients N]`: a gateway process (the built bin: `npm run build` first) under
 * steady load from many clients for a while (default 10 minutes, 50 clients), each inspecting prompts back to
 * back: clean prose, prompts with secrets and personal data, and now and then a large one. Every 10 s it samples
 * the gateway's resident memory; at the end it compares the first minute after warm-up with the last, checks
 * that every answer was a 200, and runs `promptgate log verify` on the session log the run wrote.
 * Memory is read from /proc (Linux); elsewhere the run reports requests and the log check only.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openAuth } from '../desktop/src/auth';
import { call, gatewayProcess } from './gateway-process';
import { formatTable, summarize } from './stats';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, clients: { type: 'string', default: '50' } } });
const MINUTES = Number(values.minutes);
const CLIENTS = Number(values.clients);
if (!(MINUTES > 0) || !Number.isInteger(CLIENTS) || CLIENTS < 1) throw new Error('--minutes must be positive and --clients a whole number of at least 1');
const SAMPLE_MS = 10_000;
/** Memory before this is start-up and JIT warm-up, not the steady state. */
const WARM_UP_MS = Math.min(60_000, (MINUTES * 60_000) / 4);
/** Growth of the median RSS from the first to the last minute that still counts as flat. */
const FLAT_GROWTH = 0.1;

const PROSE = 'Could you review the deployment notes below and tell me whether the rollback steps are complete? ';
const PROMPTS = [
  PROSE.repeat(8),
  `${PROSE}\nGITHUB_TOKEN=ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u\naws_access_key_id = AKIAZ3MRT7QW5PXK2NVB`,
  `${PROSE}\nContact dana.kowalski@fabrikam-mail.com or +1 415 555 2671, card 4111 1111 1111 1111.`,
  `${PROSE}\npostgres://app:Vq8#tLw2pZr9xK@db.internal:5432/orders\n${PROSE.repeat(20)}`,
];
/** One in this many requests is a large prompt (about 200 KB), so the worker pool is exercised too. */
const LARGE_EVERY = 200;
const LARGE = `${PROSE.repeat(2000)}\nOPENAI_API_KEY="sk-proj-Xt4Bq9Lm2Rv7Wn3Kp8Yz1Hc6Df0Gj5Se2Ua7Ti4Ob9Nq3Mw6Lx1Py8Kz5Jr2Vs7Ht0Ec"`;

function rssMb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const dataDir = await mkdtemp(join(tmpdir(), 'pg-bench-soak-'));
const auth = openAuth(dataDir);
const token = auth.tokens.create('extension', 'soak');
auth.close();
const gateway = await gatewayProcess(dataDir);
const agents: Agent[] = [];
const started = Date.now();
const deadline = started + MINUTES * 60_000;
const latencies: number[] = [];
const failures = new Map<string, number>();
const memory: Array<{ at: number; rss: number }> = [];
let requests = 0;

async function client(index: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  agents.push(agent);
  for (let n = 0; Date.now() < deadline; n++) {
    const text = (index * 7919 + n) % LARGE_EVERY === 0 ? LARGE : PROMPTS[(index + n) % PROMPTS.length]!;
    const body = JSON.stringify({
      source: { site: 'chatgpt.com', url: `https://chatgpt.com/c/soak-${index}` },
      conversationId: `soak-${index}`,
      segments: [{ id: 'prompt', kind: 'prompt', text }],
    });
    try {
      const { ms, status } = await call(gateway.port, agent, 'POST', '/api/inspect', { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` }, body);
      requests++;
      if (status === 200) latencies.push(ms);
      else failures.set(`status ${status}`, (failures.get(`status ${status}`) ?? 0) + 1);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      failures.set(reason, (failures.get(reason) ?? 0) + 1);
    }
  }
}

const sampler = setInterval(() => {
  const rss = rssMb(gateway.child.pid!);
  if (rss !== undefined) memory.push({ at: Date.now() - started, rss });
  process.stderr.write(`\r${((Date.now() - started) / 60_000).toFixed(1)} of ${MINUTES} min, ${requests} requests${rss === undefined ? '' : `, gateway RSS ${rss.toFixed(0)} MB`}   `);
}, SAMPLE_MS);

let verify = '';
try {
  await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));
} finally {
  clearInterval(sampler);
  process.stderr.write('\n');
  for (const agent of agents) agent.destroy();
  await gateway.stop();
  const bin = new URL('../desktop/bin/promptgate.js', import.meta.url).pathname;
  try {
    verify = execFileSync(process.execPath, [bin, 'log', 'verify', '--data-dir', dataDir], { encoding: 'utf8' }).trim();
  } catch (error) {
    verify = `failed: ${(error as { stdout?: string }).stdout?.trim() ?? String(error)}`;
  }
  await rm(dataDir, { recursive: true, force: true });
}

const stats = summarize(latencies);
console.log(`Soak: ${CLIENTS} clients for ${MINUTES} min against a gateway process, POST /api/inspect back to back`);
console.log(
  formatTable(
    ['requests', 'answered 200', 'failed', 'per second', 'p50 ms', 'p99 ms'],
    [[String(requests), String(latencies.length), String(requests - latencies.length), (requests / (MINUTES * 60)).toFixed(0), stats.p50.toFixed(1), stats.p99.toFixed(1)]],
  ),
);
for (const [reason, count] of failures) console.log(`  ${count} × ${reason}`);
const steady = memory.filter(({ at }) => at >= WARM_UP_MS);
if (steady.length >= 4) {
  const span = Math.max(SAMPLE_MS, Math.min(60_000, (steady[steady.length - 1]!.at - steady[0]!.at) / 3));
  const first = steady.filter(({ at }) => at < steady[0]!.at + span).map(({ rss }) => rss);
  const last = steady.filter(({ at }) => at > steady[steady.length - 1]!.at - span).map(({ rss }) => rss);
  const growth = median(last) / median(first) - 1;
  console.log(
    `gateway RSS (median): ${median(first).toFixed(0)} MB after warm-up, ${median(last).toFixed(0)} MB at the end (${(growth * 100).toFixed(1)}%), ` +
      `max ${Math.max(...memory.map(({ rss }) => rss)).toFixed(0)} MB: ${growth <= FLAT_GROWTH ? 'flat' : 'GROWING'}`,
  );
} else {
  console.log('gateway RSS: not enough samples (a longer run, or /proc is not available here)');
}
console.log(`promptgate log verify: ${verify}`);
