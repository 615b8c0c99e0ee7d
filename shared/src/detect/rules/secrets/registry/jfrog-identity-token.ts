import { tokenRule } from '../../../define';

/**
 * JFrog Platform identity / reference token: base64 of `reftkn:01:...`, so it starts with `cmVmdGtuOjAxOj`, then 30
 * to 70 base62 characters. Other scanners' patterns (`cmVmd[A-Za-z0-9]{59}`) take any 64 base62 characters after
 * `cmVmd` (base64 of `reft`, `refu`, `refv` or `refw`): such a token of exactly that length, ending where a
 * base64 run would not go on, counts as well.
 */
export const jfrogIdentityToken = tokenRule({
  id: 'jfrog-identity-token',
  title: 'JFrog identity (reference) token',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['cmVmd'],
  pattern: /cmVmd(?:GtuOjAxOj[A-Za-z0-9]{30,70}(?![A-Za-z0-9+/])|[A-Za-z0-9]{59}(?![A-Za-z0-9+/=]))/,
});
