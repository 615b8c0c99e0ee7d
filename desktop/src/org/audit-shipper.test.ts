import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUDIT_LIMITS } from '@promptgate/shared';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '@promptgate/shared';
import type { TruncationNote } from './audit-event';
import { AuditOutbox } from './audit-outbox';
import { AuditShipper } from './audit-shipper';
import { OrgServerError, type OrgClient } from './org-client';

const dirs: string[] = [];
const outboxes: AuditOutbox[] = [];
afterEach(() => {
  for (const outbox of outboxes.splice(0)) outbox.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function outbox(): AuditOutbox {
  const dir = mkdtempSync(join(tmpdir(), 'pg-outbox-'));
  dirs.push(dir);
  const box = new AuditOutbox(dir);
  outboxes.push(box);
  return box;
}

function event(maskedText: string, detail: Record<string, unknown> = {}): AuditEvent {
  return { id: randomUUID(), at: 1, kind: 'inspect', source: 'chatgpt.com', requester: 'Chrome', verdict: 'redact', maskedText, findings: [], detail };
}

/** An org server stand-in: keeps every batch it took, with its body size, and refuses what `refuse` says. */
function fakeServer(refuse: (events: readonly AuditEvent[], bytes: number) => OrgServerError | undefined = () => undefined) {
  const batches: Array<{ events: AuditEvent[]; bytes: number }> = [];
  const client: Pick<OrgClient, 'shipEvents'> = {
    shipEvents: (events) => {
      const bytes = Buffer.byteLength(JSON.stringify({ events }));
      const refusal = refuse(events, bytes);
      if (refusal) return Promise.reject(refusal);
      batches.push({ events: [...events], bytes });
      return Promise.resolve({ accepted: events.length, duplicates: 0 });
    },
  };
  return { client, batches, shipped: () => batches.flatMap((batch) => batch.events) };
}

describe('audit shipping by size', () => {
  it('splits batches so no request body passes the byte cap, and keeps the order', async () => {
    const box = outbox();
    const events = Array.from({ length: 7 }, (_, i) => event(`${i} ${'x'.repeat(20_000)}`));
    for (const e of events) box.enqueue(e);
    const server = fakeServer();
    await new AuditShipper(box, () => server.client, { batchBytes: 64 * 1024 }).flush();
    expect(server.shipped().map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(server.batches.length).toBeGreaterThan(2);
    expect(server.batches.every((batch) => batch.bytes <= 64 * 1024)).toBe(true);
    expect(box.size()).toBe(0);
  });

  it("sends an event larger than the server's 8 MiB cap as a truncated record that says so, and the queue moves on", async () => {
    const box = outbox();
    // Control characters take six bytes each as JSON: 1.5 M of them pass the cap while the text is within its length limit.
    const huge = event(`start ${'\u0001'.repeat(1_500_000)}`, { model: 'gpt-x' });
    const after = event('the next prompt');
    box.enqueue(huge);
    box.enqueue(after);
    const server = fakeServer((_events, bytes) => (bytes > AUDIT_LIMITS.batchBytes ? new OrgServerError(413, 'body_too_large', 'body is larger than 8388608 bytes') : undefined));
    await new AuditShipper(box, () => server.client).flush();

    const [record, next] = server.shipped();
    expect(record!.id).toBe(huge.id);
    expect(record!.maskedText.startsWith('start \u0001')).toBe(true);
    expect(huge.maskedText.startsWith(record!.maskedText)).toBe(true);
    expect(record!.detail).toMatchObject({ model: 'gpt-x', truncated: { reason: 'too_large', originalMaskedTextChars: huge.maskedText.length, detailDropped: false } });
    expect((record!.detail['truncated'] as TruncationNote).originalBytes).toBeGreaterThan(AUDIT_LIMITS.batchBytes);
    expect(next!.id).toBe(after.id);
    expect(server.batches.every((batch) => batch.bytes <= AUDIT_LIMITS.batchBytes)).toBe(true);
    expect(box.size()).toBe(0);
  });

  it('halves a batch the server refuses as too large, and ships an event it refuses alone as a bare record with its reason', async () => {
    const box = outbox();
    const events = Array.from({ length: 6 }, (_, i) => event(`prompt ${i} ${'y'.repeat(1000)}`));
    events[3] = event('the server does not like this one');
    for (const e of events) box.enqueue(e);
    // A server with a lower cap than ours, and one event it will not take.
    const server = fakeServer((batch, bytes) => {
      if (bytes > 2500) return new OrgServerError(413, 'body_too_large', 'body is larger than 2500 bytes');
      if (batch.some((e) => e.maskedText.includes('does not like'))) return new OrgServerError(400, 'invalid_request', 'events.0.detail: not allowed');
      return undefined;
    });
    await new AuditShipper(box, () => server.client).flush();

    expect(server.shipped().map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(server.shipped()[3]).toMatchObject({
      maskedText: '',
      detail: { truncated: { reason: 'refused_by_server', serverMessage: 'events.0.detail: not allowed', detailDropped: true } },
    });
    expect(box.size()).toBe(0);
  });

  it('keeps the batch and retries later when the server is down, instead of dropping or truncating', async () => {
    const box = outbox();
    const e = event('kept while the server is down');
    box.enqueue(e);
    let down = true;
    const server = fakeServer(() => (down ? new OrgServerError(503, 'unavailable', 'down for maintenance') : undefined));
    const shipper = new AuditShipper(box, () => server.client, { minBackoffMs: 60_000 });
    await shipper.flush();
    expect(shipper.status()).toMatchObject({ queued: 1, lastError: 'down for maintenance' });
    down = false;
    await shipper.flush();
    shipper.stop();
    expect(server.shipped()).toEqual([e]);
  });
});

describe('the outbox on a full disk', () => {
  it('keeps events the disk refused, in order, and writes and ships them once it has space', async () => {
    const box = outbox();
    const db = box['db'];
    box.enqueue(event('before'));
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const during = [event(`during 1 ${'z'.repeat(50_000)}`), event('during 2')];
    for (const e of during) expect(() => box.enqueue(e)).not.toThrow();
    expect(box.size()).toBe(3);

    db.pragma('max_page_count = 1073741823');
    const server = fakeServer();
    await new AuditShipper(box, () => server.client).flush();
    expect(server.shipped().map((e) => e.maskedText.slice(0, 8))).toEqual(['before', 'during 1', 'during 2']);
    expect(box.size()).toBe(0);
  });
});

describe('an event the server refuses in any form', () => {
  it('is left out with a status that says so, and the events behind it ship', async () => {
    const box = outbox();
    const refused = { ...event('from a newer gateway'), kind: 'notice' as const };
    const after = event('the next prompt');
    box.enqueue(refused);
    box.enqueue(after);
    const server = fakeServer((batch) => (batch.some((e) => e.kind === 'notice') ? new OrgServerError(400, 'invalid_request', 'events.0.kind: invalid option') : undefined));
    const shipper = new AuditShipper(box, () => server.client);
    await shipper.flush();
    expect(server.shipped().map((e) => e.id)).toEqual([after.id]);
    expect(box.size()).toBe(0);
    expect(shipper.status()).toMatchObject({ lastError: null, lastSkipped: expect.stringContaining(`refused audit event ${refused.id}`) });
  });
});
