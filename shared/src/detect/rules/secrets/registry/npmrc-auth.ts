import { contextRule } from '../../../define';
import { isBase64UserPassword } from '../base64-text';

/** npm / Yarn `_auth` setting: base64 of `user:password`. */
export const npmrcAuth = contextRule({
  id: 'npmrc-auth',
  title: 'npm registry basic credentials (_auth)',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['_auth'],
  pattern: /[A-Za-z0-9+/]{12,400}={0,2}/,
  minLength: 12,
  maxLength: 402,
  minEntropy: 3,
  validate: isBase64UserPassword,
});
