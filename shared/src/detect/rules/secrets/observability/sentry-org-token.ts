import { tokenRule } from '../../../define';

/**
 * Sentry organization auth token: `sntrys_` + base64 JSON claims + `_` + 43-char secret. The claims run to 430
 * characters, as far as other scanners' patterns take them (`eyJpYXQiO` + 200 + the region claim + 200).
 */
export const sentryOrgToken = tokenRule({
  id: 'sentry-org-token',
  title: 'Sentry organization auth token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['sntrys_'],
  pattern: /sntrys_eyJ[A-Za-z0-9+/]{30,430}={0,2}_[A-Za-z0-9+/]{43}(?![A-Za-z0-9+/_-])/,
});
