import { tokenRule } from '../../../define';

/** HashiCorp Vault batch token (Vault 1.10+): `hvb.` + 24 or more base64url characters. */
export const vaultBatchToken = tokenRule({
  id: 'vault-batch-token',
  title: 'HashiCorp Vault batch token',
  severity: 'high',
  confidence: 0.98,
  prefixes: ['hvb.'],
  pattern: /hvb\.[A-Za-z0-9_-]{24,}/,
});
