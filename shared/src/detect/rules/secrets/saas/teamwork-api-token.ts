import { tokenRule } from '../../../define';

/** Teamwork (Projects, Desk, CRM, Spaces) API token: `tkn.v1_` + a base64 body. */
export const teamworkApiToken = tokenRule({
  id: 'teamwork-api-token',
  title: 'Teamwork API token',
  severity: 'high',
  confidence: 0.97,
  prefixes: ['tkn.v1_'],
  pattern: /tkn\.v1_[A-Za-z0-9+/]{40,120}={0,2}(?![A-Za-z0-9+/=])/,
  requires: { digit: true, lower: true, upper: true, after: 7 },
});
