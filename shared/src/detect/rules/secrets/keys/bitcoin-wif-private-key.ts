import { tokenRule } from '../../../define';
import { base58CheckDecode } from '../../pii/validate/base58';

/**
 * A Bitcoin private key in Wallet Import Format: base58check of 0x80, the 32-byte key and, for compressed
 * keys, 0x01. Uncompressed keys start with `5H`/`5J`/`5K`, compressed ones with `Kw`…`Kz` or `L1`…`L5`; the
 * checksum (double SHA-256) must hold, so no other base58 run of that length passes.
 */
export const bitcoinWifPrivateKey = tokenRule({
  id: 'bitcoin-wif-private-key',
  title: 'Bitcoin private key (WIF)',
  severity: 'critical',
  confidence: 0.97,
  prefixes: ['5H', '5J', '5K', 'Kw', 'Kx', 'Ky', 'Kz', 'L1', 'L2', 'L3', 'L4', 'L5'],
  pattern: /[5KL][1-9A-HJ-NP-Za-km-z]{50,51}(?![A-Za-z0-9])/,
  validate: (value) => base58CheckDecode(value, (payload, length) => payload[0] === 0x80 && (length === 33 || (length === 34 && payload[33] === 0x01))) !== undefined,
});
