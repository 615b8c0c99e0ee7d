import { scannerRule } from '../../define';
import { at, isDigit, isLetter, isWord, lettersBefore, lineBefore } from './scan/chars';
import { digitRuns, digitsEnd } from './scan/digits';

/** Unspecified and broadcast (and all of loopback, `127.0.0.0/8`): everywhere in docs and code, they reveal nothing. */
const SKIPPED = new Set(['0.0.0.0', '255.255.255.255']);

/** Octet at `i`: its end, or -1 when not 0..255 without leading zeros. */
function octetEnd(text: string, i: number): number {
  const end = digitsEnd(text, i);
  const length = end - i;
  if (length < 1 || length > 3) return -1;
  if (length > 1 && text.charCodeAt(i) === 48) return -1;
  let value = 0;
  for (let k = i; k < end; k++) value = value * 10 + text.charCodeAt(k) - 48;
  return value > 255 ? -1 : end;
}

/** `version 1.2.3.4`, `AssemblyVersion("1.0.0.0")`, `ver. 1.2.3.4`: a four-part version number. */
function versionBefore(text: string, start: number): boolean {
  // Every word below has three letters or more; `§` is outside ASCII.
  if (!lettersBefore(text, start, 24, 3)) return false;
  const window = lineBefore(text, start, 24);
  return window.includes('version') || /\bver\.?\s*[:=]?\s*["']?$/.test(window) || /(?:sections?|sec\.|§|chapter|clause|step|item|rfc\s?\d+)[\s`'"(]*$/.test(window);
}

/** Words that make a small dotted quad an address after all (`dns 1.1.1.1`, `host: 4.2.2.2`). */
const IP_CONTEXT = /\b(?:ip|ipv4|host|hostname|server|dns|gateway|route|inet|nameserver|ping|peer|remote|client|addr|address)\b/;

function ipContext(text: string, start: number): boolean {
  if (!lettersBefore(text, start, 40, 2)) return false;
  const window = lineBefore(text, start, 40);
  return IP_CONTEXT.test(window) && !/\boid\b|objectidentifier/.test(window);
}

/**
 * X.500/X.509 object identifiers (`2.5.4.3`, `1.3.101.112`) have a first arc of 0–2 and, under 0 and 1, a
 * second arc below 40. The real addresses this drops (`1.1.1.1`, `2.16.x.x`) are public resolvers and CDNs.
 */
function oidLike(value: string): boolean {
  const dot = value.indexOf('.');
  const first = value.slice(0, dot);
  return (first === '1' || first === '2') && Number(value.slice(dot + 1, value.indexOf('.', dot + 1))) < 40;
}

export const ipv4 = scannerRule({
  id: 'ipv4',
  title: 'IPv4 address',
  category: 'pii',
  severity: 'low',
  confidence: 0.8,
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    let skipUntil = -1;
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      if (s < skipUntil || runEnds[r]! - s > 3 || at(text, runEnds[r]!) !== 46) continue;
      const prev = at(text, s - 1);
      if (isWord(prev) || prev === 46 || (prev === 45 && isLetter(at(text, s - 2)))) continue;
      let i = s;
      let end = -1;
      for (let octet = 0; octet < 4; octet++) {
        end = octetEnd(text, i);
        if (end < 0) break;
        if (octet < 3) {
          if (at(text, end) !== 46) {
            end = -1;
            break;
          }
          i = end + 1;
        }
      }
      if (end < 0) continue;
      skipUntil = end;
      const next = at(text, end);
      // Longer dotted sequences (OIDs, 5-part versions) and `1.2.3.4-beta`, `1.2.3.4a`.
      if (isWord(next) || (next === 46 && isDigit(at(text, end + 1))) || (next === 45 && isLetter(at(text, end + 1)))) continue;
      const value = text.slice(s, end);
      if (SKIPPED.has(value) || value.startsWith('0.') || value.startsWith('127.')) continue;
      // OIDs (`2.5.4.3`) and section numbers (`3.4.1.2`) unless the line talks about hosts.
      // OIDs (`2.5.4.3`), section numbers (`3.4.1.2`, `8.2.4.44`) and versions (`7.1.4.34`) start with three
      // one-digit parts; addresses that do (`4.2.2.2`) count only when the line talks about hosts.
      if ((oidLike(value) || /^\d\.\d\.\d\./.test(value)) && !ipContext(text, s)) continue;
      if (versionBefore(text, s)) continue;
      yield { start: s, end };
    }
  },
});
