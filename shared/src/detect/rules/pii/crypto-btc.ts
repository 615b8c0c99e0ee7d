import { tokenRule } from '../../define';
import { BASE58_ALPHABET, base58CheckDecode } from './validate/base58';
import { isSegwitAddress } from './validate/bech32';

/** Two-character token starts: `1`/`3` followed by any base58 character, and `bc1`/`BC1`. */
const PREFIXES = [...BASE58_ALPHABET].flatMap((c) => [`1${c}`, `3${c}`]).concat(['bc1', 'BC1']);

/** P2PKH (version 0x00, `1...`) and P2SH (version 0x05, `3...`) with a valid Base58Check checksum (BIP-13). */
function isBase58Address(value: string): boolean {
  const version = value[0] === '1' ? 0x00 : 0x05;
  return base58CheckDecode(value, (payload, length) => length === 21 && payload[0] === version) !== undefined;
}

export const cryptoBtc = tokenRule({
  id: 'crypto-btc',
  title: 'Bitcoin address',
  category: 'pii',
  severity: 'medium',
  confidence: 0.9,
  prefixes: PREFIXES,
  pattern: /(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|bc1[02-9ac-hj-np-z]{11,87}|BC1[02-9AC-HJ-NP-Z]{11,87})(?![0-9A-Za-z_])/,
  validate: (value) => (value[0] === '1' || value[0] === '3' ? isBase58Address(value) : isSegwitAddress(value, 'bc')),
});
