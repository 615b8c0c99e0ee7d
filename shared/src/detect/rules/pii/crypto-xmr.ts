import { tokenRule } from '../../define';
import { BASE58_ALPHABET } from './validate/base58';
import { isMoneroAddress } from './validate/monero';

/**
 * Main-net standard (95 chars) and integrated (106 chars) addresses start with `4`, subaddresses with `8`;
 * the second character of a 95-character address is a digit, `A` or `B`.
 */
const PREFIXES = [...BASE58_ALPHABET].map((c) => `4${c}`).concat([...'123456789AB'].map((c) => `8${c}`));

export const cryptoXmr = tokenRule({
  id: 'crypto-xmr',
  title: 'Monero address',
  category: 'pii',
  severity: 'medium',
  confidence: 0.95,
  prefixes: PREFIXES,
  pattern: /(?:[48][1-9AB][1-9A-HJ-NP-Za-km-z]{93}|4[1-9A-HJ-NP-Za-km-z]{105})(?![0-9A-Za-z_])/,
  validate: isMoneroAddress,
});
