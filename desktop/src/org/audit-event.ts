import type { StoredEvent } from '../log';

/** A session event as the org server receives it: already masked in the log; no hash-chain fields. */
export interface AuditEventOut {
  id: string;
  at: number;
  kind: StoredEvent['kind'];
  source: string;
  requester: string | null;
  verdict: StoredEvent['verdict'];
  maskedText: string;
  findings: StoredEvent['findings'];
  detail: Record<string, unknown>;
}

/** `storeMaskedPrompts: false` ships the event without its text: findings and verdict still tell what happened. */
export function toAuditEvent(event: StoredEvent, options: { storeMaskedPrompts: boolean }): AuditEventOut {
  return {
    id: event.id,
    at: event.at,
    kind: event.kind,
    source: event.source,
    requester: event.requester,
    verdict: event.verdict,
    maskedText: options.storeMaskedPrompts ? event.maskedText : '',
    findings: event.findings,
    detail: event.detail,
  };
}
