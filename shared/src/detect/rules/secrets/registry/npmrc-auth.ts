import { contextRule } from '../../../define';

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
  validate: (value) => {
    let decoded: string;
    try {
      decoded = atob(value);
    } catch {
      return false;
    }
    const colon = decoded.indexOf(':');
    return colon > 0 && colon < decoded.length - 1 && /^[\x21-\x7e]+$/.test(decoded);
  },
});
