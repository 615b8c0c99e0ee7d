import { tokenRule } from '../../../define';
import { decodeBase64 } from '../base64-text';
import { isCredentialJwt } from './jwt';

/** What a JWT looks like once decoded: three (or five) base64url segments. */
const JWT = /^eyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*){2,4}$/;

/**
 * A JWT encoded once more in base64, as Kubernetes Secrets (`token: ZXlKaGJHY2…`) and some config stores keep
 * it: base64 of `eyJ` is `ZXlK`. The value is decoded and judged as the JWT it holds.
 */
export const jwtBase64 = tokenRule({
  id: 'jwt-base64',
  title: 'Base64-encoded JSON Web Token',
  severity: 'high',
  confidence: 0.9,
  prefixes: ['ZXlK'],
  pattern: /ZXlK[A-Za-z0-9+/]{60,}={0,2}(?![A-Za-z0-9+/=])/,
  validate: (value) => {
    const decoded = decodeBase64(value)?.trim();
    return decoded !== undefined && JWT.test(decoded) && isCredentialJwt(decoded);
  },
  // The encoding repeats the JWT's own regularities; the decoded header check is stricter.
  allowPlaceholderLike: true,
});
