// `npm run bench:server [-- --engine postgres]`: policy fetch rate with and without a matching ETag,
// push-to-enforcement time, and audit ingest rate, on SQLite (the default) or on a PostgreSQL server the bench
// starts for itself. The server runs as its own process (as deployed); load and gateway run in this one.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startGateway } from '../../../desktop/src/app/start-gateway';
import { startPostgresCluster } from '../testing/postgres-cluster';
import { benchDatabase, startBenchServer } from './bench-server';
import { load } from './load';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const { values: args } = parseArgs({ options: { engine: { type: 'string', default: 'sqlite' } } });
if (args.engine !== 'sqlite' && args.engine !== 'postgres') throw new Error('--engine is sqlite or postgres');
const engine = args.engine;

async function json<T>(url: string, init: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init.method} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const dir = await mkdtemp(join(tmpdir(), 'pg-bench-server-'));
const cluster = engine === 'postgres' ? await startPostgresCluster() : undefined;
const databaseUrl = cluster && (await benchDatabase(cluster));
const server = await startBenchServer({ dataDir: join(dir, 'server'), ...(databaseUrl ? { databaseUrl } : {}) });
console.log(`engine: ${engine}`);
const admin = { authorization: `Bearer ${await server.adminToken()}` };
try {
  // An enrolled gateway, through the same code exchange a person uses.
  const { code } = await json<{ code: string }>(`${server.url}/admin/enrollment-codes`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({ user: 'bench@example.com' }),
  });
  const gateway = await startGateway({ port: 0, dataDir: join(dir, 'gateway'), onError: () => undefined });
  await gateway.org.enroll(server.url, code);
  const device = { authorization: `Bearer ${gateway.org.enrollment()!.token}` };

  // 1. GET /v1/policy
  const first = await fetch(`${server.url}/v1/policy`, { headers: device });
  const etag = first.headers.get('etag')!;
  await first.text();
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 5);
  const full = await load(`${server.url}/v1/policy`, { seconds, concurrency: 32, headers: device });
  const cached = await load(`${server.url}/v1/policy`, { seconds, concurrency: 32, headers: { ...device, 'if-none-match': etag } });
  console.log(
    `GET /v1/policy, full bundle (${(await (await fetch(`${server.url}/v1/policy`, { headers: device })).text()).length} bytes): ${full.perSecond.toFixed(0)} req/s  ${JSON.stringify(full.statuses)}`,
  );
  console.log(`GET /v1/policy, matching ETag (304):       ${cached.perSecond.toFixed(0)} req/s  ${JSON.stringify(cached.statuses)}`);

  // 2. Push → gateway enforcing it, through the push channel alone (the gateway's long-poll; its poll is a
  // minute away): from the admin's PUT until a prompt with the new keyword comes back blocked.
  const token = gateway.auth.tokens.create('extension', 'bench');
  const inspect = async (text: string) =>
    (
      await json<{ verdict: string }>(`${gateway.url}/api/inspect`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ source: { site: 'chatgpt.com', url: 'https://chatgpt.com/c/b' }, conversationId: 'b', segments: [{ id: 'p', kind: 'prompt', text }] }),
      })
    ).verdict;
  const pushToEnforce: number[] = [];
  const pushed = async (word: string) => {
    const started = performance.now();
    await json(`${server.url}/admin/policy?comment=bench`, {
      method: 'PUT',
      headers: { ...admin, 'content-type': 'application/yaml' },
      body: `version: 1\nname: bench\ncustom:\n  - { id: word, kind: keywords, keywords: [${word}], action: block }\n`,
    });
    const deadline = started + 30_000;
    while ((await inspect(`about ${word}`)) !== 'block') {
      if (performance.now() > deadline) throw new Error('push not enforced within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    return performance.now() - started;
  };
  await pushed('Warmup'); // the first long-poll opens after enrollment
  for (let i = 0; i < 20; i++) pushToEnforce.push(await pushed(`Codeword${i}x`));
  console.log(
    `push → gateway enforcing (push channel, no poll): median ${median(pushToEnforce).toFixed(1)} ms, max ${Math.max(...pushToEnforce).toFixed(1)} ms over ${pushToEnforce.length} pushes (goal < 2000 ms)`,
  );
  await gateway.close();

  // 3. Audit ingest: batches of 200 masked events from 4 concurrent senders.
  const event = () => ({
    id: randomUUID(),
    at: Date.now(),
    kind: 'inspect',
    source: 'chatgpt.com',
    requester: 'bench extension',
    verdict: 'redact',
    maskedText: 'Please review the config: host=db.internal user=svc password=[PASSWORD_1] token=[GITHUB_PAT_1] and summarise the changes for the release notes.',
    findings: [
      { type: 'password', category: 'secret', start: 42, end: 54, placeholder: '[PASSWORD_1]', valueHash: 'a'.repeat(64) },
      { type: 'github-pat', category: 'secret', start: 61, end: 75, placeholder: '[GITHUB_PAT_1]', valueHash: 'b'.repeat(64) },
    ],
    detail: { latencyMs: 1.2, policyVersion: 3 },
  });
  const batch = 200;
  const ingest = await load(`${server.url}/v1/audit/events`, {
    seconds,
    concurrency: 4,
    method: 'POST',
    headers: device,
    body: () => JSON.stringify({ events: Array.from({ length: batch }, event) }),
  });
  console.log(`audit ingest into ${engine}: ${(ingest.perSecond * batch).toFixed(0)} events/s (${ingest.requests} batches of ${batch})  ${JSON.stringify(ingest.statuses)}`);
} finally {
  await server.stop();
  cluster?.stop();
  await rm(dir, { recursive: true, force: true });
}
