import { randomUUID } from 'node:crypto';
import { canonicalJson, NotJsonError } from './canonical-json';
import { InvalidEventError } from './errors';
import { EVENT_KINDS, SESSION_KINDS, VERDICTS, type EventInput, type LoggedFinding } from './types';

const CATEGORIES = new Set(['secret', 'pii', 'custom']);
const HEX_HASH = /^[0-9a-f]{64}$/;
/** What an event id looks like: a UUID (stored lowercase). */
export const EVENT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An input checked and turned into column values; only the chain fields (seq, hashes, session) are missing. */
export interface PreparedEvent {
  id: string;
  at: number;
  sessionKind: EventInput['sessionKind'];
  conversationId: string | null;
  kind: string;
  source: string;
  requester: string | null;
  verdict: string;
  masked_text: string;
  findings: string;
  detail: string;
}

/**
 * Validates at the door: a row that is in the chain can never be fixed, so a bad one must not get in.
 * Finding hashes must look like hashes, which also stops a caller from putting a raw value in that field.
 */
export function prepareEvent(input: EventInput, now: number): PreparedEvent {
  const id = input.id ?? randomUUID();
  if (!EVENT_ID_PATTERN.test(id)) throw new InvalidEventError('id must be a UUID');
  const at = input.at ?? now;
  if (!Number.isSafeInteger(at) || at < 0) throw new InvalidEventError('at must be a non-negative integer of ms');
  oneOf(input.sessionKind, SESSION_KINDS, 'sessionKind');
  oneOf(input.kind, EVENT_KINDS, 'kind');
  oneOf(input.verdict, VERDICTS, 'verdict');
  nonEmpty(input.source, 'source');
  if (input.conversationId != null) nonEmpty(input.conversationId, 'conversationId');
  if (input.requester != null) nonEmpty(input.requester, 'requester');
  if (typeof input.maskedText !== 'string') throw new InvalidEventError('maskedText must be a string');

  const findings: LoggedFinding[] = input.findings.map((f, i) => {
    const where = `findings[${i}]`;
    nonEmpty(f.type, `${where}.type`);
    if (!CATEGORIES.has(f.category)) throw new InvalidEventError(`${where}.category is not a category`);
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end < f.start || f.end > input.maskedText.length) {
      throw new InvalidEventError(`${where} offsets must lie within maskedText`);
    }
    const valueHash = f.valueHash ?? null;
    if (valueHash !== null && !HEX_HASH.test(valueHash)) throw new InvalidEventError(`${where}.valueHash must be a hex SHA-256`);
    return { type: f.type, category: f.category, start: f.start, end: f.end, placeholder: f.placeholder ?? null, valueHash };
  });

  return {
    id: id.toLowerCase(),
    at,
    sessionKind: input.sessionKind,
    conversationId: input.conversationId ?? null,
    kind: input.kind,
    source: input.source,
    requester: input.requester ?? null,
    verdict: input.verdict,
    masked_text: input.maskedText,
    findings: json(findings, 'findings'),
    detail: json(input.detail ?? {}, 'detail'),
  };
}

function json(value: unknown, field: string): string {
  try {
    return canonicalJson(value);
  } catch (error) {
    if (error instanceof NotJsonError) throw new InvalidEventError(`${field}: ${error.message}`);
    throw error;
  }
}

function oneOf(value: unknown, allowed: readonly string[], field: string): void {
  if (typeof value !== 'string' || !allowed.includes(value)) throw new InvalidEventError(`${field} must be one of ${allowed.join(', ')}`);
}

function nonEmpty(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.length === 0) throw new InvalidEventError(`${field} must be a non-empty string`);
}
