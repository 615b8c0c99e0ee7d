import { scannerRule } from '../../define';
import { at, isDigit, isWord } from './scan/chars';
import { colonClusters, trimCluster } from './scan/colons';
import { ipv6Groups } from './validate/ip';

export const ipv6 = scannerRule({
  id: 'ipv6',
  title: 'IPv6 address',
  category: 'pii',
  severity: 'low',
  confidence: 0.8,
  *scan(text) {
    const clusters = colonClusters(text);
    for (let c = 0; c < clusters.count; c++) {
      const { start, end: addressEnd } = trimCluster(text, clusters.starts[c]!, clusters.ends[c]!);
      // Glued to a word (`std::`, `u8::MAX`, `12:30:45pm`) or to more colons.
      const prev = at(text, start - 1);
      if (isWord(prev) || prev === 58) continue;
      let end = addressEnd;
      let next = at(text, end);
      if (next === 37) {
        // Zone index: `fe80::1%eth0`.
        let z = end + 1;
        while (z - end <= 16 && (isWord(at(text, z)) || at(text, z) === 46)) z++;
        if (z === end + 1) continue;
        end = z;
        next = at(text, end);
      }
      if (isWord(next) || (next === 58 && isWord(at(text, end + 1)))) continue;
      const value = text.slice(start, addressEnd);
      const groups = ipv6Groups(value);
      if (groups < 0) continue;
      // `a::b`, `dead::beef` scope paths; loopback and unspecified say nothing.
      let hasDigit = false;
      for (let i = 0; i < value.length && !hasDigit; i++) hasDigit = isDigit(value.charCodeAt(i));
      if (!hasDigit) continue;
      if (groups < 2 || (groups === 2 && !/^[0-9a-fA-F]{4}:/.test(value))) continue;
      if (/^[0:]+1?$/.test(value)) continue;
      // Eight two-digit hex groups are a byte dump or fingerprint (`ab:cd:ef:01:...`), not an address.
      if (!value.includes('::') && /^[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){7}$/.test(value)) continue;
      yield { start, end };
    }
  },
});
