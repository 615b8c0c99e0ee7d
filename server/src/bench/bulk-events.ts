import type { SqlDatabase } from '../db/sql';
import { DAY_MS, DayPartitions } from '../audit/day-partitions';

/** Words the generated masked texts are made of: common ones often, rarer ones seldom, as in real prompts. */
const WORDS = (
  'the a to of and in is for on with that this it be as at by from or an are please can you help me write fix review ' +
  'code function error test deploy build config server client database query table index user customer order invoice ' +
  'payment account email address report summary draft meeting notes plan release migration schema api endpoint token ' +
  'request response timeout retry cache queue worker cluster node pod service docker kubernetes terraform aws gcp azure ' +
  'python typescript java golang rust sql bash yaml json csv log trace metric alert incident postmortem roadmap budget ' +
  'forecast quarterly revenue churn contract renewal vendor procurement legal compliance audit policy security privacy ' +
  'encryption certificate firewall network latency throughput capacity scaling backup restore outage escalation ' +
  'onboarding offboarding payroll benefits recruiting candidate interview feedback performance promotion salary ' +
  'marketing campaign launch pricing discount partner reseller support ticket refund complaint translation spreadsheet'
).split(' ');
const PLACEHOLDERS = ['[[AWS_ACCESS_KEY_1]]', '[[EMAIL_1]]', '[[GITHUB_TOKEN_1]]', '[[PHONE_1]]', '[[CREDIT_CARD_1]]', '[[PRIVATE_KEY_1]]'];
const FINDING_TYPES = ['aws-access-key', 'email', 'github-token', 'phone', 'credit-card', 'private-key'];

/**
 * PostgreSQL only: writes `count` audit events spread over the `days` before `now`, straight into the table with
 * `INSERT ... SELECT generate_series` (a gateway's ingest path would take hours for ten million), one day per
 * statement on `parallel` connections, then builds the full-text and finding-type indexes. Texts are 12–40 words with a placeholder in one event of four; users,
 * devices, verdicts and finding types vary. Returns how long it took.
 */
export async function bulkGenerateEvents(
  db: SqlDatabase,
  options: { count: number; days: number; now: number; parallel?: number; onDay?: (done: number) => void },
): Promise<number> {
  if (db.engine !== 'postgres') throw new Error('bulk generation is for PostgreSQL');
  const started = performance.now();
  const firstDay = Math.floor(options.now / DAY_MS) - options.days + 1;
  const dayStarts = Array.from({ length: options.days }, (_, i) => (firstDay + i) * DAY_MS);
  await new DayPartitions(
    db,
    () => options.now,
    () => undefined,
  ).ensure(dayStarts);
  const perDay = Math.ceil(options.count / options.days);
  const words = `(ARRAY[${WORDS.map((w) => `'${w}'`).join(',')}])`;
  const placeholders = `(ARRAY[${PLACEHOLDERS.map((w) => `'${w}'`).join(',')}])`;
  const types = `(ARRAY[${FINDING_TYPES.map((w) => `'${w}'`).join(',')}])`;
  // Pseudo-random but deterministic per row (g) and word (i): the same data on every run.
  const sql = `
    INSERT INTO audit_events (id, device_id, "user", at, kind, source, requester, verdict, masked_text, findings_json, detail_json, received_at, finding_types)
    SELECT
      'bulk-' || ?::bigint || '-' || g,
      'device-' || (g * 7919 % 50000),
      'user' || (g * 7919 % 50000) || '@example.com',
      ?::bigint + (g * 86399991::bigint % ${DAY_MS}),
      (ARRAY['inspect','inspect','inspect','reply','choice','approval','notice'])[1 + g % 7],
      (ARRAY['chatgpt.com','claude.ai','gemini.google.com','sdk:openai','sdk:anthropic','copilot.microsoft.com'])[1 + g % 6],
      NULL,
      (ARRAY['allow','allow','allow','allow','redact','redact','warn','hold','block'])[1 + (g * 31) % 9],
      (SELECT string_agg(${words}[1 + ((g * 104729 + i * i * 7907 + i * g) % ${WORDS.length})], ' ') FROM generate_series(1, 12 + g % 29) i)
        || CASE WHEN g % 4 = 0 THEN ' ' || ${placeholders}[1 + g % ${PLACEHOLDERS.length}] ELSE '' END,
      CASE WHEN g % 4 = 0 THEN '[{"type":"' || ${types}[1 + g % ${FINDING_TYPES.length}] || '","category":"secret","start":0,"end":1,"placeholder":null,"valueHash":null}]' ELSE '[]' END,
      '{}',
      ?::bigint + (g * 86399991::bigint % ${DAY_MS}),
      CASE WHEN g % 4 = 0 THEN ARRAY[${types}[1 + g % ${FINDING_TYPES.length}]] ELSE '{}'::text[] END
    FROM generate_series(1, ?::bigint) g`;
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < dayStarts.length) {
      const day = dayStarts[next++]!;
      const rows = Math.min(perDay, options.count - dayStarts.indexOf(day) * perDay);
      if (rows > 0) await db.run(sql, [day, day, day, rows]);
      options.onDay?.(++done);
    }
  };
  // The trigram and finding-type indexes are built once after the load, as a bulk import would: kept while ten
  // million rows go in one at a time they would take most of an hour.
  await db.exec('DROP INDEX IF EXISTS audit_text; DROP INDEX IF EXISTS audit_finding_types');
  await Promise.all(Array.from({ length: options.parallel ?? 2 }, worker));
  await db.transaction(async (tx) => {
    await tx.exec("SET LOCAL maintenance_work_mem = '512MB'");
    await tx.exec('CREATE INDEX audit_text ON audit_events USING GIN (masked_text gin_trgm_ops)');
    await tx.exec('CREATE INDEX audit_finding_types ON audit_events USING GIN (finding_types)');
  });
  // As autovacuum would have by the time so many events were stored: planner statistics and a visibility map.
  await db.exec('VACUUM ANALYZE audit_events');
  return performance.now() - started;
}
