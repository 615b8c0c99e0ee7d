import { tokenRule } from '../../../define';

/** HashiCorp Vault recovery token: `hvr.` + 24 or more base64url characters. */
export const vaultRecoveryToken = tokenRule({
  id: 'vault-recovery-token',
  title: 'HashiCorp Vault recovery token',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['hvr.'],
  pattern: /hvr\.[A-Za-z0-9_-]{24,}/,
});
