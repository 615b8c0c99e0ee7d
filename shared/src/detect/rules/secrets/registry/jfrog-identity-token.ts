import { tokenRule } from '../../../define';

/** JFrog Platform identity / reference token: base64 of `reftkn:01:...`, so it starts with `cmVmdGtuOjAxOj`. */
export const jfrogIdentityToken = tokenRule({
  id: 'jfrog-identity-token',
  title: 'JFrog identity (reference) token',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['cmVmdGtuOjAxOj'],
  pattern: /cmVmdGtuOjAxOj[A-Za-z0-9]{30,70}(?![A-Za-z0-9+/])/,
});
