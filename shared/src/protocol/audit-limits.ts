/**
 * What the org server accepts in one audit upload, and what the gateway's shipper stays under: one source,
 * so the two sides cannot drift apart and a batch the server would refuse is never built.
 */
export const AUDIT_LIMITS = {
  /** A whole `POST /v1/audit/events` body, as UTF-8 bytes. */
  batchBytes: 8 * 1024 * 1024,
  /** Events in one batch. */
  batchEvents: 500,
  /** One event's masked text, in UTF-16 code units (what `string.length` counts). */
  maskedTextChars: 4 * 1024 * 1024,
  /** Findings of one event. */
  findings: 5000,
  /** One event's source (site or client name) and requester, in code units. */
  sourceChars: 500,
  requesterChars: 200,
} as const;
