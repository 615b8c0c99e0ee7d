import { contextRule } from '../../../define';

/** Scaleway API secret key: a UUID next to a Scaleway keyword. */
export const scalewaySecretKey = contextRule({
  id: 'scaleway-secret-key',
  title: 'Scaleway secret key',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['scaleway', 'scw_secret', 'scw_secret_key', 'scwsecret', 'scwsecretkey'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
