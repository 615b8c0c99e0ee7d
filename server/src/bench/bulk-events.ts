import { DAY_MS, DayPartitions } from '../audit/day-partitions';
import type { SqlDatabase } from '../db/sql';

/** What generated events are made of. `falcon` is rare (one event in 5,000), the rest common. */
export const BULK_WORDS = ['deploy', 'invoice', 'customer', 'release', 'database', 'contract', 'password', 'meeting', 'roadmap', 'migration', 'budget'];
/** Generated events spread over this many days before now. */
export const BULK_DAYS = 30;

/**
 * PostgreSQL: `count` varied events (words, 2,000 users, 500 devices, every verdict, a finding in one event of three)
 * spread over the last 30 days, generated inside the server by `INSERT ... SELECT ... FROM generate_series` in slices
 * on two connections, into the day partitions a server would have made: ten million in minutes, where the ingest
 * path would take hours. The full-text and finding-type indexes are built once after the load, as a bulk import
 * would (kept while ten million rows go in one at a time, they take most of the time), and the table is vacuumed
 * and analysed as autovacuum would have by the time so many events were stored.
 */
export async function bulkGenerateEvents(db: SqlDatabase, count: number, now: number = Date.now()): Promise<void> {
  if (db.engine !== 'postgres') throw new Error('bulk generation in SQL is for PostgreSQL');
  const span = BULK_DAYS * DAY_MS;
  const start = now - span;
  await new DayPartitions(
    db,
    () => now,
    () => undefined,
  ).ensure(Array.from({ length: BULK_DAYS + 1 }, (_, day) => start + day * DAY_MS));
  const words = `ARRAY[${BULK_WORDS.map((word) => `'${word}'`).join(', ')}]`;
  const word = (n: number) => `(${words})[1 + (g * 7 + ${n * 13}) % ${BULK_WORDS.length}]`;
  const findingType = "CASE WHEN g % 6 = 0 THEN 'github-token' ELSE 'password' END";
  const sql = `
    INSERT INTO audit_events (id, device_id, "user", at, kind, source, requester, verdict, masked_text, findings_json, detail_json, received_at, finding_types)
    SELECT md5(g::text)::uuid::text, 'dev-' || g % 500, 'user' || g % 2000 || '@example.com', t.at, 'inspect',
      (ARRAY['chatgpt.com', 'claude.ai'])[1 + g % 2], 'bench', (ARRAY['allow', 'redact', 'warn', 'hold', 'block'])[1 + g % 5],
      ${word(1)} || ' notes for ' || ${word(2)} || ' ' || CASE WHEN g % 5000 = 0 THEN 'falcon' ELSE ${word(3)} END
        || ' host=db' || g % 97 || '.internal password=[PASSWORD_1] summary ' || g,
      CASE WHEN g % 3 = 0 THEN '[{"type":"' || ${findingType} || '","category":"secret","start":0,"end":5,"placeholder":"[PASSWORD_1]","valueHash":null}]' ELSE '[]' END,
      '{}', t.at,
      CASE WHEN g % 3 = 0 THEN ARRAY[${findingType}] ELSE '{}'::text[] END
    FROM generate_series(?::bigint, ?::bigint) g, LATERAL (SELECT ${start}::bigint + g * ${span}::bigint / ${count}::bigint AS at) t`;
  await db.exec('DROP INDEX IF EXISTS audit_text; DROP INDEX IF EXISTS audit_finding_types');
  const slice = 250_000;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const from = next;
      next = Math.min(count, next + slice);
      await db.run(sql, [from, next - 1]);
    }
  };
  await Promise.all([worker(), worker()]);
  await db.transaction(async (tx) => {
    await tx.exec("SET LOCAL maintenance_work_mem = '512MB'");
    await tx.exec('CREATE INDEX audit_text ON audit_events USING GIN (masked_text gin_trgm_ops)');
    await tx.exec('CREATE INDEX audit_finding_types ON audit_events USING GIN (finding_types)');
  });
  await db.exec('VACUUM ANALYZE audit_events');
}

/** Typical admin searches over generated events, by name: common and rare words, each filter, a time range, a second page. */
export function typicalSearches(now: number): Array<[string, string]> {
  return [
    ['common word', 'q=deploy'],
    ['rare word', 'q=falcon'],
    ['two words', 'q=deploy%20customer'],
    ['user', 'user=user7%40example.com'],
    ['finding type', 'findingType=github-token'],
    ['verdict + word', 'verdict=block&q=budget'],
    ['word + user', 'q=budget&user=user7%40example.com'],
    ['time range', `since=${now - 20 * DAY_MS}&until=${now - 19 * DAY_MS}`],
    ['page 2, word', 'q=deploy&page=2'],
  ];
}
