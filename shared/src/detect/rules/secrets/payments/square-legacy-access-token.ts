import { tokenRule } from '../../../define';

/** Legacy Square personal access token: `sq0atp-` followed by 22 base64url characters. */
export const squareLegacyAccessToken = tokenRule({
  id: 'square-legacy-access-token',
  title: 'Square access token (legacy)',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['sq0atp-'],
  pattern: /sq0atp-[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])/,
});
