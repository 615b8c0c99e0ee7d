import { tokenRule } from '../../define';
import { distinctChars, isPeriodic, longestRun } from './validate/entropy';
import { eip55Valid } from './validate/eth';

/**
 * Ethereum address: `0x` + 40 hex. Mixed case must carry a valid EIP-55 checksum; one-case values are
 * accepted unless they look made up (`0x000...0`, `0xdeadbeef...`, long runs of one digit).
 */
export function isEthAddress(value: string): boolean {
  const body = value.slice(2);
  const lower = body.toLowerCase();
  if (distinctChars(lower) < 8 || longestRun(lower) > 6 || isPeriodic(lower, 16)) return false;
  if (body !== lower && body !== body.toUpperCase()) return eip55Valid(body);
  return true;
}

export const cryptoEth = tokenRule({
  id: 'crypto-eth',
  title: 'Ethereum address',
  category: 'pii',
  severity: 'medium',
  confidence: 0.85,
  prefixes: ['0x'],
  pattern: /0x[0-9a-fA-F]{40}(?![0-9A-Za-z_])/,
  validate: isEthAddress,
});
