import { scannerRule } from '../../define';
import { at, isWord } from './scan/chars';
import { colonClusters, trimCluster } from './scan/colons';

const MAC = /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}$/;

/**
 * `01:02:03:04:05:06`, `aa:bb:cc:dd:ee:ff`, `00:11:22:33:44:55`, `01:23:45:67:89:ab`: bytes stepping up by one
 * amount, the placeholders of docs and tests.
 */
function counting(hex: string): boolean {
  const first = parseInt(hex.slice(2, 4), 16) - parseInt(hex.slice(0, 2), 16);
  let ones = 0;
  let same = 0;
  for (let i = 2; i < hex.length; i += 2) {
    const step = parseInt(hex.slice(i, i + 2), 16) - parseInt(hex.slice(i - 2, i), 16);
    if (step === 1) ones++;
    if (step === first) same++;
  }
  // Counting by one, with a slip (`01:02:03:0a:0b:0c`); or every byte a fixed step above the one before.
  return ones >= 4 || (first !== 0 && same === 5);
}

/**
 * A MAC address's twelve hex digits (lower case, separators gone) that a document or test would make up: all
 * zero, broadcast, near-constant (`11:11:11:11:11:11`), stepping up, or a hex word.
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
