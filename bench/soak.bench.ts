/**
 * `npm run bench:soak [-- --minutes N --clients N]`: a gateway process (the built bin: `npm run build` first) under
 * steady load from many clients for a while (default 10 minutes, 50 clients), each inspecting prompts back to
 * back: clean prose, prompts with secrets and personal data, and now and then a large one. Every 10 s it samples
 * the gateway's memory twice: its heap in use right after a full garbage collection (what the program still
 * holds: a map never pruned shows here) and its resident size (RSS, which also counts SQLite's page cache,
 * up to 16 MiB per connection as the log grows, and what the allocator keeps for reuse). At the end it compares the first minute after warm-up,
 * the middle and the last minute, prints minute by minute what a leak outside the JS heap would grow (native
 * buffers, open descriptors, threads, the session log's WAL on disk), checks that every answer was a 200, and
 * runs `promptgate log verify` on the session log the run wrote. Flat means the heap after GC grew less than FLAT_GROWTH.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openAuth } from '../desktop/src/auth';
import { call, gatewayProcess, heapAfterGc } from './gateway-process';
import { formatTable, summarize } from './stats';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, clients: { type: 'string', default: '50' } } });
const MINUTES = Number(values.minutes);
const CLIENTS = Number(values.clients);
if (!(MINUTES > 0) || !Number.isInteger(CLIENTS) || CLIENTS < 1) throw new Error('--minutes must be positive and --clients a whole number of at least 1');
const SAMPLE_MS = 10_000;
/** Memory before this is start-up and JIT warm-up, not the steady state. */
const WARM_UP_MS = Math.min(60_000, (MINUTES * 60_000) / 4);
/** Growth of the median heap after GC from the first to the last minute that still counts as flat. */
const FLAT_GROWTH = 0.1;
const MB = 1024 * 1024;

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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const dataDir = await mkdtemp(join(tmpdir(), 'pg-bench-soak-'));
const auth = openAuth(dataDir);
const token = auth.tokens.create('extension', 'soak');
auth.close();
const gateway = await gatewayProcess(dataDir, { heapProbe: true });
const agents: Agent[] = [];
const started = Date.now();
const deadline = started + MINUTES * 60_000;
const latencies: number[] = [];
const failures = new Map<string, { count: number; firstAt: number }>();
function fail(reason: string): void {
  const known = failures.get(reason);
  if (known) known.count++;
  else failures.set(reason, { count: 1, firstAt: Date.now() - started });
}
interface Sample {
  at: number;
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** Resident memory as the kernel splits it: anonymous (heaps, allocator, SQLite's page cache) and file-backed (code, mapped WAL index). */
  anon: number;
  file: number;
  fds: number;
  threads: number;
  walBytes: number;
}
const memory: Sample[] = [];

/** What the kernel counts for the gateway process, and its session log's WAL on disk. */
function processSample(pid: number): Pick<Sample, 'anon' | 'file' | 'fds' | 'threads' | 'walBytes'> {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return {
    anon: field('RssAnon') / 1024,
    file: field('RssFile') / 1024,
    threads: field('Threads'),
    fds: readdirSync(`/proc/${pid}/fd`).length,
    walBytes: statSync(join(dataDir, 'session-log.db-wal'), { throwIfNoEntry: false })?.size ?? 0,
  };
}
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
    // Counted when sent: a request that fails without an answer is a failure too.
    requests++;
    try {
      const { ms, status } = await call(
        gateway.port,
        agent,
        'POST',
        '/api/inspect',
        { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
        body,
      );
      if (status === 200) latencies.push(ms);
      else fail(`status ${status}`);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  }
}

const sampler = setInterval(() => {
  void heapAfterGc(gateway.child).then(
    ({ rss, heapUsed, external, arrayBuffers }) => {
      memory.push({
        at: Date.now() - started,
        rss: rss / MB,
        heapUsed: heapUsed / MB,
        external: external / MB,
        arrayBuffers: arrayBuffers / MB,
        ...processSample(gateway.child.pid!),
      });
      process.stderr.write(
        `\r${((Date.now() - started) / 60_000).toFixed(1)} of ${MINUTES} min, ${requests} requests, gateway heap after GC ${(heapUsed / MB).toFixed(1)} MB (+ ${(external / MB).toFixed(1)} MB external), RSS ${(rss / MB).toFixed(0)} MB   `,
      );
    },
    () => {
      // The gateway is gone: its requests fail and say so below.
    },
  );
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
for (const [reason, { count, firstAt }] of failures) console.log(`  ${count} × ${reason} (the first at ${(firstAt / 60_000).toFixed(1)} min)`);
const steady = memory.filter(({ at }) => at >= WARM_UP_MS);
if (steady.length >= 4) {
  const from = steady[0]!.at;
  const to = steady[steady.length - 1]!.at;
  const span = Math.max(SAMPLE_MS, Math.min(60_000, (to - from) / 3));
  const windows = [
    ['after warm-up', steady.filter(({ at }) => at < from + span)],
    ['middle', steady.filter(({ at }) => Math.abs(at - (from + to) / 2) <= span / 2)],
    ['end', steady.filter(({ at }) => at > to - span)],
  ] as const;
  const medians = windows.map(([label, samples]) => ({ label, heapUsed: median(samples.map((m) => m.heapUsed)), rss: median(samples.map((m) => m.rss)) }));
  const first = medians[0]!;
  const last = medians[2]!;
  const growth = (of: 'heapUsed' | 'rss') => `${((last[of] / first[of] - 1) * 100).toFixed(1)}%`;
  console.log(
    formatTable(
      ['gateway memory (median)', 'heap used after GC, MB', 'RSS, MB'],
      [...medians.map(({ label, heapUsed, rss }) => [label, heapUsed.toFixed(1), rss.toFixed(0)]), ['growth', growth('heapUsed'), growth('rss')]],
    ),
  );
  console.log(
    `heap after GC: ${last.heapUsed / first.heapUsed - 1 <= FLAT_GROWTH ? 'flat' : 'GROWING'} (RSS also counts SQLite's page cache, which fills up to its cap as the log grows, and memory the allocator keeps for reuse; max ${Math.max(...memory.map(({ rss }) => rss)).toFixed(0)} MB)`,
  );
} else {
  console.log('gateway memory: not enough samples (a longer run)');
}
// A leak shows as a column that only grows: the heap after GC (JS objects), external and array buffers (native
// buffers), descriptors (sockets, files), threads; or the WAL, which only a checkpoint that empties it shrinks.
const lastPerMinute = memory.filter((sample, i) => Math.floor(sample.at / 60_000) !== Math.floor((memory[i + 1]?.at ?? Infinity) / 60_000));
console.log(
  formatTable(
    ['min', 'heap after GC', 'external', 'array buffers', 'RSS', 'anon', 'file', 'fds', 'threads', 'WAL'],
    lastPerMinute.map((m) => [
      (m.at / 60_000).toFixed(1),
      m.heapUsed.toFixed(1),
      m.external.toFixed(1),
      m.arrayBuffers.toFixed(1),
      m.rss.toFixed(0),
      m.anon.toFixed(0),
      m.file.toFixed(0),
      String(m.fds),
      String(m.threads),
      (m.walBytes / MB).toFixed(0),
    ]),
  ),
);
console.log('(MB, the last sample of each minute)');
console.log(`promptgate log verify: ${verify}`);
