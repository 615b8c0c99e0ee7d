import { contextRule } from '../../../define';

/** Scaleway API secret key: a UUID next to a Scaleway secret keyword (project and organization ids are UUIDs too). */
export const scalewaySecretKey = contextRule({
  id: 'scaleway-secret-key',
  title: 'Scaleway secret key',
  severity: 'critical',
  confidence: 0.85,
  keywords: [
    'scw_secret',
    'scaleway_secret',
    'scw_token',
    'scwsecret',
    'scw.secret',
    'scw-secret',
    'scalewaysecret',
    'scaleway.secret',
    'scaleway-secret',
    'scwtoken',
    'scw.token',
    'scw-token',
  ],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
