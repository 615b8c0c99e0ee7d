import { tokenRule } from '../../../define';

/** CircleCI project API token: `CCIPRJ_` + 22 base62 + `_` + 40 hex characters. */
export const circleciProjectToken = tokenRule({
  id: 'circleci-project-token',
  title: 'CircleCI project API token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['CCIPRJ_'],
  pattern: /CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40}(?![A-Za-z0-9_])/,
});
