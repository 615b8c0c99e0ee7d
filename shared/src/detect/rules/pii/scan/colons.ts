import { at, isHex } from './chars';
import { forgetsScannedText } from '../../../text-caches';

/**
 * Runs of `[0-9A-Fa-f:.]` around a colon that touches a hex digit or another colon: the candidates for
 * IPv6 and MAC addresses, found with `indexOf(':')` and cached for the last text.
 */
export interface ColonClusters {
  count: number;
  starts: number[];
  ends: number[];
}

/** How far a cluster may extend to each side of its first colon; longer runs are something else. */
const MAX_LEFT = 45;
const MAX_LENGTH = 64;

function isClusterChar(c: number): boolean {
  return isHex(c) || c === 58 || c === 46;
}

let cachedText: string | undefined;
let cachedClusters: ColonClusters | undefined;
forgetsScannedText(() => {
  cachedText = undefined;
  cachedClusters = undefined;
});

export function colonClusters(text: string): ColonClusters {
  if (cachedClusters !== undefined && cachedText === text) {
    // Keeps the newest of equal strings: the next lookups compare by reference, not content (see digits.ts).
    cachedText = text;
    return cachedClusters;
  }
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  let p = text.indexOf(':');
  while (p !== -1) {
    const next = at(text, p + 1);
    if (!isHex(at(text, p - 1)) && !isHex(next) && next !== 58) {
      p = text.indexOf(':', p + 1);
      continue;
    }
    let a = p;
    while (a > 0 && p - a < MAX_LEFT && isClusterChar(text.charCodeAt(a - 1))) a--;
    let b = p + 1;
    let colons = 1;
    while (b < n && b - a < MAX_LENGTH) {
      const c = text.charCodeAt(b);
      if (!isClusterChar(c)) break;
      if (c === 58) colons++;
      b++;
    }
    if (colons >= 2) {
      starts.push(a);
      ends.push(b);
    }
    p = b < n ? text.indexOf(':', b) : -1;
  }
  cachedText = text;
  cachedClusters = { count: starts.length, starts, ends };
  return cachedClusters;
}

/**
 * Trims a colon cluster to its address: no leading/trailing `.`, no single leading/trailing `:` (a `::` at
 * either end is part of the address).
 */
export function trimCluster(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && text.charCodeAt(start) === 46) start++;
  while (end > start && text.charCodeAt(end - 1) === 46) end--;
  if (text.charCodeAt(start) === 58 && text.charCodeAt(start + 1) !== 58) start++;
  if (end - start > 1 && text.charCodeAt(end - 1) === 58 && text.charCodeAt(end - 2) !== 58) end--;
  return { start, end };
}
