import { scannerRule } from '../../define';
import { at, isWord } from './scan/chars';
import { colonClusters, trimCluster } from './scan/colons';

const MAC = /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}$/;

/** `01:02:03:04:05:06`, `01:02:03:0a:0b:0c`: bytes counting up by one, the placeholder of docs and tests. */
function counting(value: string): boolean {
  const bytes = value.split(':').map((b) => parseInt(b, 16));
  let steps = 0;
  for (let i = 1; i < bytes.length; i++) if (bytes[i]! - bytes[i - 1]! === 1) steps++;
  return steps >= 4;
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
      // All-zero, broadcast and other near-constant values (`11:11:11:11:11:11`) are placeholders.
      if (value === '00:00:00:00:00:00' || value === 'ff:ff:ff:ff:ff:ff') continue;
      const hex = value.replace(/:/g, '');
      if (new Set(hex).size < 3 || counting(value) || /deadbeef|c0ffee|cafebabe|feedface/.test(hex)) continue;
      yield { start, end };
    }
  },
});
