import { tokenRule } from '../../../define';

/** GitLab OAuth application secret: `gloas-` + 64 lowercase hex characters. */
export const gitlabOauthAppSecret = tokenRule({
  id: 'gitlab-oauth-app-secret',
  title: 'GitLab OAuth application secret',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['gloas-'],
  pattern: /gloas-[a-f0-9]{64}(?![A-Za-z0-9_-])/,
});
