import { tokenRule } from '../../define';
import { BASE58_ALPHABET, base58CheckDecode } from './validate/base58';
import { isSegwitAddress } from './validate/bech32';

const PREFIXES = [...BASE58_ALPHABET].flatMap((c) => [`L${c}`, `M${c}`]).concat(['ltc1']);

/** Litecoin P2PKH (version 0x30, `L...`) and P2SH (0x32, `M...`) with a valid Base58Check checksum. */
function isBase58Address(value: string): boolean {
  const version = value[0] === 'L' ? 0x30 : 0x32;
  return base58CheckDecode(value, (payload, length) => length === 21 && payload[0] === version) !== undefined;
}

export const cryptoLtc = tokenRule({
  id: 'crypto-ltc',
  title: 'Litecoin address',
  category: 'pii',
  severity: 'medium',
  confidence: 0.9,
  prefixes: PREFIXES,
  pattern: /(?:[LM][1-9A-HJ-NP-Za-km-z]{25,34}|ltc1[02-9ac-hj-np-z]{11,86})(?![0-9A-Za-z_])/,
  validate: (value) => (value.startsWith('ltc1') ? isSegwitAddress(value, 'ltc') : isBase58Address(value)),
});
