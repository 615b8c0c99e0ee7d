// `npx tsx server/src/bench/audit-scale.bench.ts`: policy polls/s (200 and 304), audit ingest and admin search latency
// with many stored events (BENCH_EVENTS, default 200,000, written in bulk before the server starts). The server
// runs in a child process; the load comes from this one, on loopback only, bounded by BENCH_SECONDS.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openServerDb } from '../db/open-db';
import { startServer } from '../start';
import { load } from './load';

interface Ready {
  url: string;
  adminToken: string;
  deviceToken: string;
}

const WORDS = ['deploy', 'invoice', 'customer', 'release', 'database', 'contract', 'password', 'meeting', 'roadmap', 'migration', 'budget'];

/** Writes `count` varied events straight into the database, in large transactions. */
function fill(dataDir: string, count: number): void {
  const db = openServerDb(dataDir);
  const insert = db.prepare(
    `INSERT INTO audit_events (id, device_id, user, at, kind, source, requester, verdict, masked_text, findings_json, detail_json, received_at)
     VALUES (?, ?, ?, ?, 'inspect', ?, 'bench', ?, ?, ?, '{}', ?)`,
  );
  const verdicts = ['allow', 'redact', 'warn', 'hold', 'block'];
  const span = 30 * 24 * 60 * 60_000;
  const start = Date.now() - span;
  for (let done = 0; done < count;) {
    const size = Math.min(20_000, count - done);
    db.transaction(() => {
      for (let i = done; i < done + size; i++) {
        const word = (n: number) => WORDS[(i * 7 + n * 13) % WORDS.length]!;
        // `falcon` is rare: about one event in 5,000 mentions it.
        const text = `${word(1)} notes for ${word(2)} ${i % 5000 === 0 ? 'falcon' : word(3)} host=db${i % 97}.internal password=[PASSWORD_1] summary ${i}`;
        const findings = i % 3 === 0 ? [{ type: i % 6 === 0 ? 'github-pat' : 'password', category: 'secret', start: 0, end: 5, placeholder: '[PASSWORD_1]', valueHash: null }] : [];
        insert.run(
          randomUUID(),
          `dev-${i % 500}`,
          `user${i % 2000}@example.com`,
          start + Math.floor((i * span) / count),
          ['chatgpt.com', 'claude.ai'][i % 2]!,
          verdicts[i % 5]!,
          text,
          JSON.stringify(findings),
          start + Math.floor((i * span) / count),
        );
      }
    })();
    done += size;
  }
  db.close();
}

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))]!;

async function main() {
  const count = Number(process.env['BENCH_EVENTS'] ?? 200_000);
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 5);
  const dir = await mkdtemp(join(tmpdir(), 'pg-bench-scale-'));
  const filled = performance.now();
  fill(dir, count);
  console.log(`${count} events written in bulk in ${((performance.now() - filled) / 1000).toFixed(1)} s`);
  const child = fork(fileURLToPath(import.meta.url), ['serve', dir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
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

    const searches: Array<[string, string]> = [
      ['common word', 'q=deploy'],
      ['rare word', 'q=falcon'],
      ['two words', 'q=invoice%20customer'],
      ['user', 'user=user7%40example.com'],
      ['finding type', 'findingType=github-pat'],
      ['verdict + word', 'verdict=block&q=budget'],
      ['time range', `since=${Date.now() - 20 * 24 * 60 * 60_000}&until=${Date.now() - 19 * 24 * 60 * 60_000}`],
    ];
    const rounds = Number(process.env['BENCH_SEARCHES'] ?? 40);
    for (const [name, query] of searches) {
      const times: number[] = [];
      let found = 0;
      for (let i = 0; i < rounds; i++) {
        const started = performance.now();
        const response = await fetch(`${ready.url}/admin/audit?${query}&limit=50`, { headers: { authorization: `Bearer ${ready.adminToken}` } });
        found = ((await response.json()) as { events: unknown[] }).events.length;
        times.push(performance.now() - started);
      }
      console.log(
        `admin search, ${name.padEnd(14)}: p50 ${quantile(times, 0.5).toFixed(1)} ms, p99 ${quantile(times, 0.99).toFixed(1)} ms (${found} on the page, ${rounds} searches)`,
      );
    }
  } finally {
    child.disconnect();
    await new Promise((resolve) => child.once('exit', resolve));
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'serve') {
  const server = await startServer({ dataDir: process.argv[3]!, port: 0, onError: () => undefined });
  const devices = server.services.devices;
  const { token } = await devices.redeem((await devices.createCode({ user: 'bench@example.com', groups: [], createdBy: 'bench', ttlMs: 60_000 })).code, 'bench');
  process.send!({ url: server.url, adminToken: server.firstAdminToken!, deviceToken: token } satisfies Ready);
  process.once('disconnect', () => void server.close().then(() => process.exit(0)));
} else {
  await main();
}
