import { contextRule } from '../../../define';

/**
 * A HashiCorp Vault unseal (or recovery) key share given to `vault operator unseal` (or `vault operator
 * generate-root`): 44 base64 characters (a 33-byte share), or 64–66 hex. A threshold of them opens the whole Vault, so a share
 * pasted from a runbook or a terminal is as critical as a root token.
 */
export const vaultUnsealKey = contextRule({
  id: 'vault-unseal-key',
  title: 'HashiCorp Vault unseal key',
  severity: 'critical',
  confidence: 0.9,
  keywords: ['operator unseal', 'unseal key', 'recovery key'],
  pattern: /(?:[A-Za-z0-9+/]{44}|[0-9a-f]{64}(?:[0-9a-f]{2})?)/,
  minLength: 44,
  minEntropy: 4,
  maxLength: 66,
});
