import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** `prev_hash` of the very first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** Bumped if the hashed fields ever change, so old and new chains can never be confused. */
const CHAIN_DOMAIN = 'promptgate.session-log.event.v1';

/** The stored columns that the chain covers, exactly as they are in the row (JSON columns as stored text). */
export interface ChainedFields {
  seq: number;
  id: string;
  session_id: string;
  at: number;
  kind: string;
  source: string;
  requester: string | null;
  verdict: string;
  masked_text: string;
  findings: string;
  detail: string;
  prev_hash: string;
}

/**
 * SHA-256 over the canonical JSON array of every column but `hash`, in a fixed order. Including `seq`
 * pins each event to its position; including `prev_hash` links it to everything before it.
 */
export function eventHash(row: ChainedFields): string {
  const fields = [
    CHAIN_DOMAIN,
    row.seq,
    row.id,
    row.session_id,
    row.at,
    row.kind,
    row.source,
    row.requester,
    row.verdict,
    row.masked_text,
    row.findings,
    row.detail,
    row.prev_hash,
  ];
  return createHash('sha256').update(canonicalJson(fields), 'utf8').digest('hex');
}
