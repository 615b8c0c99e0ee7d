// `npm run bench:replicas [-- --events 1000000 --seconds 10 --senders 8]`: the org server at company scale. Two server
// processes (replicas) on one PostgreSQL server, all on loopback, bounded in time:
// - policy polls per second per replica, answered 304 (the gateway has the current bundle) and 200, driven by wrk
//   (Debian's package) with one token per device over 1,000 devices, both replicas loaded at once;
// - audit events ingested per second, batches of 100 spread over both replicas, and the CPU time each event cost
//   the replicas, PostgreSQL and the load generator;
// - admin search p50/p99 over `--events` stored events (bulk-generated over 30 days);
// - poll p99 on a replica while searches and an export run on it.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/open-database';
import { startPostgresCluster } from '../testing/postgres-cluster';
import { bulkGenerateEvents, typicalSearches } from './bulk-events';
import { benchDatabase, startBenchServer, type BenchServer } from './bench-server';
import { load } from './load';
import { cpuMeter, processTree } from './process-cpu';

const { values: args } = parseArgs({
  options: { events: { type: 'string', default: '1000000' }, seconds: { type: 'string', default: '10' }, senders: { type: 'string', default: '8' } },
});
/** Batches of audit events in flight at once per replica, as many gateways shipping at the same time. */
const SENDERS = Number(args.senders);
const EVENTS = Number(args.events);
const SECONDS = Number(args.seconds);
const DEVICES = 1000;
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

if (spawnSync('wrk', ['--version']).error) throw new Error('this bench drives load with wrk: apt-get install wrk');

async function json<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** wrk with a Lua script that gives each request the token of the next device (and the current ETag, for 304s). */
async function wrk(url: string, tokens: string[], etag: string | undefined, dir: string, name: string): Promise<{ perSecond: number; statuses: string }> {
  const script = join(dir, `${name}.lua`);
  await writeFile(
    script,
    `local tokens = {${tokens.map((t) => `"${t}"`).join(',')}}
local i = 0
request = function()
  i = i % #tokens + 1
  local headers = { ["authorization"] = "Bearer " .. tokens[i] }
  ${etag ? `headers["if-none-match"] = '${etag}'` : ''}
  return wrk.format("GET", "/v1/policy", headers)
end
`,
  );
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', ['-t1', '-c32', `-d${SECONDS}s`, '-s', script, url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', () => {
      const perSecond = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
      if (!Number.isFinite(perSecond)) return reject(new Error(`wrk: ${out}`));
      const failed = /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1];
      resolve({ perSecond, statuses: failed ? `${failed} answers were not 2xx/3xx` : 'all answered 2xx/3xx' });
    });
  });
}

const dir = await mkdtemp(join(tmpdir(), 'pg-bench-replicas-'));
const cluster = await startPostgresCluster({ durable: true });
const databaseUrl = await benchDatabase(cluster);
const masterKey = randomBytes(32).toString('base64');
const replicas: BenchServer[] = [];
const startReplica = (name: string) => startBenchServer({ dataDir: join(dir, name), databaseUrl, env: { PROMPTGATE_SERVER_MASTER_KEY: masterKey } });
try {
  const a = await startReplica('a');
  replicas.push(a);
  const b = await startReplica('b');
  replicas.push(b);
  const adminToken = await a.adminToken();
  const adminHeaders = { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' };
  console.log(`two replicas on PostgreSQL: ${a.url} ${b.url}`);

  const tokens: string[] = [];
  for (let i = 0; i < DEVICES; i++) {
    const { code } = await json<{ code: string }>(`${a.url}/admin/enrollment-codes`, {
      method: 'POST',
      headers: adminHeaders,
      body: JSON.stringify({ user: `user${i}@example.com` }),
    });
    const { token } = await json<{ token: string }>(`${[a, b][i % 2]!.url}/v1/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, deviceName: `laptop-${i}` }),
    });
    tokens.push(token);
  }
  const etag = (await fetch(`${a.url}/v1/policy`, { headers: { authorization: `Bearer ${tokens[0]}` } })).headers.get('etag')!;

  console.log(`\npolicy polls, ${DEVICES} devices (wrk, 32 connections a replica, ${SECONDS} s)`);
  const alone = await wrk(a.url, tokens, etag, dir, 'alone');
  console.log(`  304, replica A alone (B idle): ${alone.perSecond.toFixed(0)}/s  [${alone.statuses}]`);
  for (const [label, tag] of [
    ['304 (unchanged)', etag],
    ['200 (bundle sent)', undefined],
  ] as const) {
    const [ra, rb] = await Promise.all([wrk(`${a.url}`, tokens, tag, dir, 'a'), wrk(`${b.url}`, tokens, tag, dir, 'b')]);
    console.log(`  ${label}, both loaded at once: replica A ${ra.perSecond.toFixed(0)}/s, replica B ${rb.perSecond.toFixed(0)}/s  [${ra.statuses} | ${rb.statuses}]`);
  }

  console.log(`\naudit ingest, batches of 100 events, ${SENDERS} concurrent batches per replica, ${SECONDS} s`);
  const batch = () =>
    JSON.stringify({
      events: Array.from({ length: 100 }, (_, i) => ({
        id: randomUUID(),
        at: Date.now(),
        kind: 'inspect',
        source: 'chatgpt.com',
        requester: null,
        verdict: i % 3 === 0 ? 'redact' : 'allow',
        maskedText: `please review the deployment plan for [[EMAIL_1]] and the quarterly budget ${i}`,
        findings: i % 3 === 0 ? [{ type: 'email', category: 'pii', start: 36, end: 47, placeholder: '[[EMAIL_1]]', valueHash: null }] : [],
        detail: {},
      })),
    });
  // Bodies are made before the clock starts (fresh ones only if these run out), so what is timed is the servers' work,
  // not this process building JSON on the same two cores.
  const ready = Array.from({ length: 2 }, () => Array.from({ length: 1500 }, batch));
  const serversCpu = cpuMeter(() => [a.pid, b.pid]);
  const postgresCpu = cpuMeter(() => processTree(cluster.postmasterPid()));
  const benchCpu = process.cpuUsage();
  const ingest = await Promise.all(
    [a, b].map((replica, i) =>
      load(`${replica.url}/v1/audit/events`, {
        seconds: SECONDS,
        concurrency: SENDERS,
        method: 'POST',
        headers: { authorization: `Bearer ${tokens[i]}` },
        body: () => ready[i]!.pop() ?? batch(),
      }),
    ),
  );
  const ingested = ingest.reduce((sum, r) => sum + (r.statuses[200] ?? 0) * 100, 0) / SECONDS;
  console.log(`  ${ingested.toFixed(0)} events/s in all  [${ingest.map((r) => JSON.stringify(r.statuses)).join(' | ')}]`);
  // CPU time per event does not depend on what else the machine ran meanwhile, as events/s does.
  const perEvent = (seconds: number) => `${((seconds * 1e6) / (ingested * SECONDS)).toFixed(1)} µs`;
  const { user, system } = process.cpuUsage(benchCpu);
  console.log(`  CPU per event: both replicas ${perEvent(serversCpu.stop())}, PostgreSQL ${perEvent(postgresCpu.stop())}, this load generator ${perEvent((user + system) / 1e6)}`);

  console.log(`\nbulk-generating ${EVENTS.toLocaleString('en')} stored events over 30 days ...`);
  const db = await openDatabase({ dataDir: '', url: databaseUrl, maxConnections: 2 });
  const generating = performance.now();
  await bulkGenerateEvents(db, EVENTS);
  const took = performance.now() - generating;
  const stored = (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM audit_events'))!.n;
  const size = (await db.get<{ size: string }>("SELECT pg_size_pretty(pg_database_size('bench')) AS size"))!.size;
  await db.close();
  console.log(`  ${stored.toLocaleString('en')} events stored in ${(took / 1000).toFixed(0)} s; database ${size}`);

  const searches = typicalSearches(Date.now())
    .filter(([name]) => !name.startsWith('page 2'))
    .map(([, query]) => query);
  console.log('\nadmin search (first page of 100), 20 runs each, sequential');
  const all: number[] = [];
  for (const query of searches) {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      await json(`${[a, b][i % 2]!.url}/admin/audit?${query}`, { headers: adminHeaders });
      times.push(performance.now() - started);
    }
    all.push(...times);
    console.log(`  ${query.padEnd(36)} p50 ${ms(quantile(times, 0.5))}  p99 ${ms(quantile(times, 0.99))}`);
  }
  console.log(`  all searches: p99 ${ms(quantile(all, 0.99))}`);

  console.log(`\npoll latency on replica A while searches and an export run on it (${SECONDS} s)`);
  let busy = true;
  const background = [
    (async () => {
      while (busy) for (const query of searches) if (busy) await json(`${a.url}/admin/audit?${query}`, { headers: adminHeaders });
    })(),
    (async () => {
      while (busy) {
        const response = await fetch(`${a.url}/admin/audit/export?verdict=redact`, { headers: adminHeaders });
        const reader = response.body!.getReader();
        while (busy && !(await reader.read()).done);
        await reader.cancel();
      }
    })(),
  ];
  const polls: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  while (performance.now() < until) {
    const started = performance.now();
    const response = await fetch(`${a.url}/v1/policy`, { headers: { authorization: `Bearer ${tokens[polls.length % DEVICES]}`, 'if-none-match': etag } });
    await response.arrayBuffer();
    polls.push(performance.now() - started);
  }
  busy = false;
  await Promise.all(background);
  console.log(`  ${polls.length} polls: p50 ${ms(quantile(polls, 0.5))}  p99 ${ms(quantile(polls, 0.99))}`);
} finally {
  for (const replica of replicas) await replica.stop();
  cluster.stop();
  await rm(dir, { recursive: true, force: true });
}
