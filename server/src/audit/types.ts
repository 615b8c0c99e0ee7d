import type { AuditEvent } from '@promptgate/shared';

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
