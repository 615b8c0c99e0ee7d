import { tokenRule } from '../../../define';

/**
 * GitLab OAuth application secret: `gloas-` + 64 characters, lowercase hex as GitLab issues them, or any 64
 * base64url characters as other scanners' patterns (`gloas-[0-9a-zA-Z_\-]{64}`) take them: the prefix is GitLab's.
 */
export const gitlabOauthAppSecret = tokenRule({
  id: 'gitlab-oauth-app-secret',
  title: 'GitLab OAuth application secret',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['gloas-'],
  pattern: /gloas-[A-Za-z0-9_-]{64}(?![A-Za-z0-9_-])/,
});
