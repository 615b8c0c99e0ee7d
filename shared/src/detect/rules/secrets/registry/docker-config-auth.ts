import { contextRule } from '../../../define';
import { isBase64UserPassword } from '../base64-text';

/** The `auth` field of a Docker `config.json` (or a `.dockerconfigjson` secret): base64 of `user:password`. */
export const dockerConfigAuth = contextRule({
  id: 'docker-config-auth',
  title: 'Docker registry credentials (config.json auth)',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['"auth"', "'auth'"],
  pattern: /[A-Za-z0-9+/]{12,400}={0,2}/,
  minLength: 12,
  maxLength: 402,
  minEntropy: 3,
  validate: isBase64UserPassword,
});
