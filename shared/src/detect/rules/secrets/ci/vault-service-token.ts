import { tokenRule } from '../../../define';

/** HashiCorp Vault service token (Vault 1.10+): `hvs.` + 24 or more base64url characters. */
export const vaultServiceToken = tokenRule({
  id: 'vault-service-token',
  title: 'HashiCorp Vault service token',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['hvs.'],
  pattern: /hvs\.[A-Za-z0-9_-]{24,}/,
});
