import { tokenRule } from '../../../define';

/**
 * CircleCI personal API token: `CCIPAT_` + 22 base62 (24 in tokens Kingfisher documents) + `_` + 40 lower-case
 * letters and digits (hex in most).
 */
export const circleciPersonalToken = tokenRule({
  id: 'circleci-personal-token',
  title: 'CircleCI personal API token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['CCIPAT_'],
  pattern: /CCIPAT_[A-Za-z0-9]{22,24}_[a-z0-9]{40}(?![A-Za-z0-9_])/,
});
