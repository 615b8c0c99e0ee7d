import { scannerRule } from '../../define';
import { at, isWord } from './scan/chars';
import { colonClusters, trimCluster } from './scan/colons';

const MAC = /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}$/;

/** `01:02:03:04:05:06`, `01:02:03:0a:0b:0c`: bytes counting up by one, the placeholder of docs and tests. */
function counting(hex: string): boolean {
  let steps = 0;
  for (let i = 2; i < hex.length; i += 2) if (parseInt(hex.slice(i, i + 2), 16) - parseInt(hex.slice(i - 2, i), 16) === 1) steps++;
  return steps >= 4;
}

/**
 * A MAC address's twelve hex digits (lower case, separators gone) that a document or test would make up: all
 * zero, broadcast, near-constant (`11:11:11:11:11:11`), counting up, or a hex word.
 */
export function isPlaceholderMac(hex: string): boolean {
  if (hex === '000000000000' || hex === 'ffffffffffff') return true;
  return new Set(hex).size < 3 || counting(hex) || /deadbeef|c0ffee|cafebabe|feedface/.test(hex);
}

export const macAddress = scannerRule({
  id: 'mac-address',
  title: 'MAC address',
  category: 'pii',
  severity: 'low',
  confidence: 0.7,
  *scan(text) {
    const clusters = colonClusters(text);
    for (let c = 0; c < clusters.count; c++) {
      const { start, end } = trimCluster(text, clusters.starts[c]!, clusters.ends[c]!);
      if (end - start !== 17) continue;
      const prev = at(text, start - 1);
      const next = at(text, end);
      if (isWord(prev) || prev === 58 || isWord(next) || next === 58) continue;
      const value = text.slice(start, end).toLowerCase();
      if (!MAC.test(value)) continue;
      if (isPlaceholderMac(value.replace(/:/g, ''))) continue;
      yield { start, end };
    }
  },
});
