// `npx tsx server/src/bench/audit-scale.bench.ts [--engine postgres]`: policy polls/s (200 and 304), audit ingest
// and admin search latency with many stored events (BENCH_EVENTS, default 200,000, written in bulk before the server
// starts: on PostgreSQL by `INSERT ... SELECT ... FROM generate_series` into day partitions, so ten million is within
// reach). `--engine postgres` starts a PostgreSQL server of the bench's own on loopback. The org server runs in a
// child process; the load comes from this one, on loopback only, bounded by BENCH_SECONDS.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase, openSqlite } from '../db/open-database';
import type { SqlEngine } from '../db/sql';
import { DAY_MS } from '../audit/day-partitions';
import { BULK_DAYS, BULK_WORDS, bulkGenerateEvents, typicalSearches } from './bulk-events';
import { startServer } from '../start';
import { startPostgresCluster, type PostgresCluster } from '../testing/postgres-cluster';
import { load } from './load';

interface Ready {
  url: string;
  adminToken: string;
  deviceToken: string;
}

const WORDS = BULK_WORDS;
const DAYS = BULK_DAYS;

/** SQLite: writes the events `bulkGenerateEvents` makes on PostgreSQL (event for event) straight into the database, in large transactions. */
function fillSqlite(dataDir: string, count: number): void {
  const db = openSqlite(dataDir).handle;
  const insert = db.prepare(
    `INSERT INTO audit_events (id, device_id, user, at, kind, source, requester, verdict, masked_text, findings_json, detail_json, received_at)
     VALUES (?, ?, ?, ?, 'inspect', ?, 'bench', ?, ?, ?, '{}', ?)`,
  );
  const verdicts = ['allow', 'redact', 'warn', 'hold', 'block'];
  const span = DAYS * DAY_MS;
  const start = Date.now() - span;
  for (let done = 0; done < count;) {
    const size = Math.min(20_000, count - done);
    db.transaction(() => {
      for (let i = done; i < done + size; i++) {
        const word = (n: number) => WORDS[(i * 7 + n * 13) % WORDS.length]!;
        // `falcon` is rare: about one event in 5,000 mentions it.
        const text = `${word(1)} notes for ${word(2)} ${i % 5000 === 0 ? 'falcon' : word(3)} host=db${i % 97}.internal password=[PASSWORD_1] summary ${i}`;
        const findings =
          i % 3 === 0 ? [{ type: i % 6 === 0 ? 'github-token' : 'password', category: 'secret', start: 0, end: 5, placeholder: '[PASSWORD_1]', valueHash: null }] : [];
        const at = start + Math.floor((i * span) / count);
        insert.run(randomUUID(), `dev-${i % 500}`, `user${i % 2000}@example.com`, at, ['chatgpt.com', 'claude.ai'][i % 2]!, verdicts[i % 5]!, text, JSON.stringify(findings), at);
      }
    })();
    done += size;
  }
  db.close();
}

/** PostgreSQL: a fresh database on the bench's own server, filled in bulk. */
async function fillPostgres(cluster: PostgresCluster, count: number): Promise<{ url: string; size: () => Promise<string> }> {
  const admin = new pg.Client({ connectionString: cluster.url('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  await admin.end();
  const url = cluster.url('bench');
  const db = await openDatabase({ dataDir: '', url, maxConnections: 2 });
  try {
    await bulkGenerateEvents(db, count);
  } finally {
    await db.close();
  }
  const size = async () => {
    const sized = await openDatabase({ dataDir: '', url, maxConnections: 1 });
    try {
      return (await sized.get<{ size: string }>("SELECT pg_size_pretty(pg_database_size('bench')) AS size"))!.size;
    } finally {
      await sized.close();
    }
  };
  return { url, size };
}

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))]!;

async function main() {
  const { values: args } = parseArgs({ options: { engine: { type: 'string', default: 'sqlite' } } });
  if (args.engine !== 'sqlite' && args.engine !== 'postgres') throw new Error('--engine is sqlite or postgres');
  const engine: SqlEngine = args.engine;
  const count = Number(process.env['BENCH_EVENTS'] ?? 200_000);
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 5);
  const dir = await mkdtemp(join(tmpdir(), 'pg-bench-scale-'));
  const cluster = engine === 'postgres' ? await startPostgresCluster() : undefined;
  const filled = performance.now();
  const postgres = cluster ? await fillPostgres(cluster, count) : undefined;
  if (!cluster) fillSqlite(dir, count);
  console.log(`${engine}: ${count.toLocaleString('en')} events written in bulk in ${((performance.now() - filled) / 1000).toFixed(1)} s`);
  const child = fork(fileURLToPath(import.meta.url), ['serve', dir, ...(postgres ? [postgres.url] : [])], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const ready = await new Promise<Ready>((resolve, reject) => {
      child.once('message', (message) => resolve(message as Ready));
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const device = { authorization: `Bearer ${ready.deviceToken}` };
    const first = await fetch(`${ready.url}/v1/policy`, { headers: device });
    const etag = first.headers.get('etag')!;
    await first.text();
    const full = await load(`${ready.url}/v1/policy`, { seconds, concurrency: 32, headers: device });
    const cached = await load(`${ready.url}/v1/policy`, { seconds, concurrency: 32, headers: { ...device, 'if-none-match': etag } });
    console.log(`GET /v1/policy 200: ${full.perSecond.toFixed(0)} req/s ${JSON.stringify(full.statuses)}`);
    console.log(`GET /v1/policy 304: ${cached.perSecond.toFixed(0)} req/s ${JSON.stringify(cached.statuses)}`);

    // Ingest as gateways send it (batches of 200, 4 senders), into the filled database: what the indexes cost.
    const batch = 200;
    const ingest = await load(`${ready.url}/v1/audit/events`, {
      seconds,
      concurrency: 4,
      method: 'POST',
      headers: device,
      body: () =>
        JSON.stringify({
          events: Array.from({ length: batch }, (_, i) => ({
            id: randomUUID(),
            at: Date.now(),
            kind: 'inspect',
            source: 'chatgpt.com',
            requester: 'bench',
            verdict: 'redact',
            maskedText: `Please review the ${WORDS[i % WORDS.length]!} config: host=db.internal password=[PASSWORD_1] and summarise the changes for the release notes.`,
            findings: [{ type: 'password', category: 'secret', start: 0, end: 5, placeholder: '[PASSWORD_1]', valueHash: null }],
            detail: {},
          })),
        }),
    });
    console.log(`audit ingest: ${(ingest.perSecond * batch).toFixed(0)} events/s ${JSON.stringify(ingest.statuses)}`);

    const rounds = Number(process.env['BENCH_SEARCHES'] ?? 40);
    const admin = { authorization: `Bearer ${ready.adminToken}` };
    const all: number[] = [];
    for (const [name, query] of typicalSearches(Date.now())) {
      const times: number[] = [];
      let found = 0;
      for (let i = 0; i < rounds; i++) {
        let path = `/admin/audit?${query.replace('&page=2', '')}&limit=50`;
        if (query.endsWith('&page=2')) {
          const page1 = (await (await fetch(`${ready.url}${path}`, { headers: admin })).json()) as { nextCursor?: string };
          path += page1.nextCursor ? `&cursor=${page1.nextCursor}` : '';
        }
        const started = performance.now();
        const response = await fetch(`${ready.url}${path}`, { headers: admin });
        found = ((await response.json()) as { events: unknown[] }).events.length;
        times.push(performance.now() - started);
      }
      all.push(...times);
      console.log(
        `admin search, ${name.padEnd(14)}: p50 ${quantile(times, 0.5).toFixed(1)} ms, p99 ${quantile(times, 0.99).toFixed(1)} ms (${found} on the page, ${rounds} searches)`,
      );
    }
    console.log(`admin search, all          : p99 ${quantile(all, 0.99).toFixed(1)} ms`);
    const size = postgres ? await postgres.size() : `${(statSync(join(dir, 'server.db')).size / 1e9).toFixed(2)} GB (server.db)`;
    console.log(`database size: ${size}`);
  } finally {
    child.disconnect();
    await new Promise((resolve) => child.once('exit', resolve));
    cluster?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'serve') {
  const [dataDir, databaseUrl] = process.argv.slice(3);
  const server = await startServer({ dataDir: dataDir!, ...(databaseUrl ? { databaseUrl } : {}), port: 0, onError: () => undefined });
  const devices = server.services.devices;
  const { code } = await devices.createCode({ user: 'bench@example.com', groups: [], createdBy: 'bench', ttlMs: 60_000 });
  const { token } = await devices.redeem(code, 'bench');
  process.send!({ url: server.url, adminToken: server.firstAdminToken!, deviceToken: token } satisfies Ready);
  process.once('disconnect', () => void server.close().then(() => process.exit(0)));
} else {
  await main();
}
