import { contextRule } from '../../../define';

/** HashiCorp Vault token before 1.10: `s.` (service) or `b.` (batch) + 24 base62 characters, next to a Vault keyword. */
export const vaultLegacyToken = contextRule({
  id: 'vault-legacy-token',
  title: 'HashiCorp Vault token (legacy format)',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['vault'],
  pattern: /[sb]\.[A-Za-z0-9]{24}/,
  minLength: 26,
  maxLength: 26,
  minEntropy: 3.8,
  requires: { lower: true, upper: true, after: 2 },
});
