import type { Db } from '../db/open-db';
import type { AuditStore } from './audit-store';

export interface SiemOptions {
  url: string;
  /** Sent as `Authorization: Bearer ...` (Splunk HEC wants `Splunk ...`: pass the whole header value). */
  authorization?: string;
  batchSize?: number;
}

/**
 * Posts stored audit events to a SIEM's HTTP collector as NDJSON, in order, from a cursor kept in the
 * database: a restart resumes where it stopped. A failed post is retried with backoff (1 s doubling to 60 s).
 */
export function startSiemForwarder(db: Db, audit: AuditStore, options: SiemOptions, onError: (error: unknown, where: string) => void): () => void {
  const name = 'siem';
  db.prepare('INSERT OR IGNORE INTO forward_cursor (name, seq) VALUES (?, 0)').run(name);
  let stopped = false;
  let running = false;
  let again = false;
  let backoff = 1000;
  let timer: NodeJS.Timeout | undefined;

  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      for (;;) {
        const cursor = (db.prepare('SELECT seq FROM forward_cursor WHERE name = ?').get(name) as { seq: number }).seq;
        const batch = audit.search({ afterSeq: cursor, limit: options.batchSize ?? 200 });
        if (batch.length === 0 || stopped) break;
        const response = await fetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-ndjson', ...(options.authorization ? { authorization: options.authorization } : {}) },
          body: batch.map((event) => JSON.stringify(event)).join('\n') + '\n',
          signal: AbortSignal.timeout(10_000),
        });
        if (!response.ok) throw new Error(`SIEM collector answered HTTP ${response.status}`);
        db.prepare('UPDATE forward_cursor SET seq = ? WHERE name = ?').run(batch.at(-1)!.seq, name);
        backoff = 1000;
      }
    } catch (error) {
      onError(error, 'SIEM forwarder');
      if (!stopped) {
        timer = setTimeout(() => void run(), backoff);
        timer.unref();
        backoff = Math.min(backoff * 2, 60_000);
      }
    } finally {
      running = false;
      if (again && !stopped) {
        again = false;
        void run();
      }
    }
  };
  const unsubscribe = audit.onIngest(() => void run());
  void run();
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
}
