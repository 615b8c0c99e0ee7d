import { tokenRule } from '../../../define';

/**
 * MongoDB Atlas service account secret (the OAuth client secret of a service account, which the Atlas CLI, the
 * Terraform provider and the Admin API take): `mdb_sa_sk_`, 6 characters that may hold `_` or `-`, then 34
 * letters and digits. Its client id (`mdb_sa_id_…`) is an id.
 */
export const mongodbAtlasServiceAccountSecret = tokenRule({
  id: 'mongodb-atlas-service-account-secret',
  title: 'MongoDB Atlas service account secret',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['mdb_sa_sk_'],
  pattern: /mdb_sa_sk_[A-Za-z0-9_-]{6}[A-Za-z0-9]{34}(?![A-Za-z0-9_-])/,
  requires: { digit: true, lower: true, upper: true, after: 10 },
});
