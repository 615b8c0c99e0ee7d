import { tokenRule } from '../../../define';
import { hasDistinctChars } from '../../../distinct-chars';

/**
 * 1Password account Secret Key: `A3-` + groups of 6, 6, 5, 5, 5 and 5 uppercase alphanumerics separated by dashes;
 * 1Password's white paper writes the second and third groups as one of 11.
 */
export const onepasswordSecretKey = tokenRule({
  id: 'onepassword-secret-key',
  title: '1Password account Secret Key',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['A3-'],
  pattern: /A3-[A-Z0-9]{6}-(?:[A-Z0-9]{6}-[A-Z0-9]{5}|[A-Z0-9]{11})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![A-Za-z0-9-])/,
  validate: (value) => /[0-9]/.test(value.slice(3)) && hasDistinctChars(value, 14),
});
