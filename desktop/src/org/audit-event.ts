import { AUDIT_LIMITS, type AuditEvent } from '@promptgate/shared';
import type { StoredEvent } from '../log';

/**
 * The event as the org server receives it (the device API's `AuditEvent`): already masked in the log; no
 * hash-chain fields. `storeMaskedPrompts: false` ships it without its text: findings and verdict still tell
 * what happened.
 */
export function toAuditEvent(event: StoredEvent, options: { storeMaskedPrompts: boolean }): AuditEvent {
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

/** What a truncated record says about the event it stands for, in `detail.truncated`. */
export interface TruncationNote {
  reason: 'too_large' | 'refused_by_server';
  /** The event's size as JSON, in bytes, before it was cut. */
  originalBytes: number;
  originalMaskedTextChars: number;
  originalFindings: number;
  /** The event's own `detail` did not fit and is left out. */
  detailDropped: boolean;
  /** The server's words, when it refused the event. */
  serverMessage?: string;
}

export const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** Whether the server takes the event as it is within `maxBytes` (one event's share of a batch). */
export function fitsServer(event: AuditEvent, bytes: number, maxBytes: number): boolean {
  return (
    bytes <= maxBytes &&
    event.maskedText.length <= AUDIT_LIMITS.maskedTextChars &&
    event.findings.length <= AUDIT_LIMITS.findings &&
    event.source.length <= AUDIT_LIMITS.sourceChars &&
    (event.requester?.length ?? 0) <= AUDIT_LIMITS.requesterChars
  );
}

/**
 * The event cut down to what the server takes, saying so in `detail.truncated`: its id, time, kind,
 * verdict and who stay, then as many findings and as much masked text as fit. A record that says it was cut
 * is worth more to an auditor than a queue that never moves again. `refused` ships the bare record with the
 * server's reason, for an event the server refused for something other than its size.
 */
export function truncatedAuditEvent(event: AuditEvent, maxBytes: number, refused?: string): AuditEvent {
  const note: TruncationNote = {
    reason: refused === undefined ? 'too_large' : 'refused_by_server',
    originalBytes: jsonBytes(event),
    originalMaskedTextChars: event.maskedText.length,
    originalFindings: event.findings.length,
    detailDropped: false,
    ...(refused === undefined ? {} : { serverMessage: refused.slice(0, 500) }),
  };
  const bare: AuditEvent = {
    ...event,
    source: event.source.slice(0, AUDIT_LIMITS.sourceChars),
    requester: event.requester === null ? null : event.requester.slice(0, AUDIT_LIMITS.requesterChars),
    maskedText: '',
    findings: [],
    detail: { truncated: note },
  };
  if (refused !== undefined) return { ...bare, detail: { truncated: { ...note, detailDropped: true } } };
  // The event's own detail stays when it is small next to the budget; the text and findings get the rest.
  const detail = jsonBytes(event.detail) <= maxBytes / 8 ? { ...event.detail, truncated: note } : { truncated: { ...note, detailDropped: true } };
  const record: AuditEvent = { ...bare, detail };
  let budget = maxBytes - jsonBytes(record);
  for (const finding of event.findings) {
    const size = jsonBytes(finding) + 1;
    if (record.findings.length >= AUDIT_LIMITS.findings || size > budget / 2) break;
    record.findings.push(finding);
    budget -= size;
  }
  record.maskedText = longestPrefixWithin(event.maskedText.slice(0, AUDIT_LIMITS.maskedTextChars), budget);
  return record;
}

/** The longest prefix whose JSON string (quotes and escapes included) takes at most `budget` bytes, never half a surrogate pair. */
function longestPrefixWithin(text: string, budget: number): string {
  const cost = (n: number) => jsonBytes(text.slice(0, n)) - 2;
  if (cost(text.length) <= budget) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (cost(mid) <= budget) low = mid;
    else high = mid - 1;
  }
  const code = text.charCodeAt(low - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? low - 1 : low);
}
