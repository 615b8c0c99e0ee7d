import { contextRule } from '../../../define';

/** LinkedIn OAuth access token: `AQ` + a long base64url body, next to a LinkedIn keyword. */
export const linkedinAccessToken = contextRule({
  id: 'linkedin-access-token',
  title: 'LinkedIn access token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['linkedin'],
  pattern: /AQ[A-Za-z0-9_-]{150,500}/,
  minLength: 152,
  maxLength: 502,
  minEntropy: 4.5,
});
