import { contextRule } from '../../../define';

/** GitLab session cookie `_gitlab_session`: 32 lowercase hex characters. */
export const gitlabSessionCookie = contextRule({
  id: 'gitlab-session-cookie',
  title: 'GitLab session cookie',
  severity: 'high',
  confidence: 0.85,
  keywords: ['_gitlab_session'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.2,
});
