import { contextRule } from '../../../define';

/**
 * GitLab session cookie `_gitlab_session`: 32 lowercase hex characters as GitLab sets it, or 32 lowercase letters
 * and digits as other scanners' patterns (`_gitlab_session=[0-9a-z]{32}`) take it; the cookie's name is next to it.
 */
export const gitlabSessionCookie = contextRule({
  id: 'gitlab-session-cookie',
  title: 'GitLab session cookie',
  severity: 'high',
  confidence: 0.85,
  keywords: ['_gitlab_session'],
  pattern: /[a-z0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.2,
});
