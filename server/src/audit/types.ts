import { z } from 'zod';
import { AUDIT_LIMITS } from '@promptgate/shared';

/** One masked session event as a gateway ships it. `id` is the gateway's event id: the idempotency key. */
export const auditEventSchema = z.strictObject({
  id: z.uuid(),
  at: z.int().nonnegative(),
  kind: z.enum(['inspect', 'choice', 'approval', 'reply', 'notice']),
  source: z.string().max(AUDIT_LIMITS.sourceChars),
  requester: z.string().max(AUDIT_LIMITS.requesterChars).nullable(),
  verdict: z.enum(['allow', 'redact', 'warn', 'hold', 'block']),
  maskedText: z.string().max(AUDIT_LIMITS.maskedTextChars),
  findings: z
    .array(
      z.strictObject({
        type: z.string().max(200),
        category: z.string().max(50),
        start: z.int().nonnegative(),
        end: z.int().nonnegative(),
        placeholder: z.string().max(200).nullable(),
        valueHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
      }),
    )
    .max(AUDIT_LIMITS.findings),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.output<typeof auditEventSchema>;

export const MAX_BATCH_EVENTS = AUDIT_LIMITS.batchEvents;
export const auditBatchSchema = z.strictObject({ events: z.array(auditEventSchema).min(1).max(MAX_BATCH_EVENTS) });

/** An event as the server keeps it: who sent it and when it arrived. */
export interface StoredAuditEvent extends AuditEvent {
  seq: number;
  deviceId: string;
  user: string;
  receivedAt: number;
}

export interface AuditFilters {
  /** Words that must all appear in the masked text (case-insensitive). */
  q?: string;
  user?: string;
  deviceId?: string;
  /** Only events with at least one finding of this type (`github-pat`, `custom:codename`). */
  findingType?: string;
  verdict?: AuditEvent['verdict'];
  kind?: AuditEvent['kind'];
  source?: string;
  since?: number;
  until?: number;
  limit?: number;
  /** Only events after this seq (export paging, forwarders). */
  afterSeq?: number;
  /** Only events before this seq, newest first (admin list paging). */
  beforeSeq?: number;
}
