import { tokenRule } from '../../../define';

/** OpenShift OAuth user token: `sha256~` + 43 base64url characters. */
export const openshiftUserToken = tokenRule({
  id: 'openshift-user-token',
  title: 'OpenShift user token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['sha256~'],
  pattern: /sha256~[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
});
