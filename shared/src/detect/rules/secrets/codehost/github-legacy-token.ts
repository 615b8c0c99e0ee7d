import { contextRule } from '../../../define';

/** GitHub OAuth / personal access token in the pre-2021 format: 40 lowercase hex characters next to a GitHub token keyword. */
export const githubLegacyToken = contextRule({
  id: 'github-legacy-token',
  title: 'GitHub token (legacy format)',
  severity: 'high',
  confidence: 0.8,
  keywords: ['github_token', 'gh_token', 'github_access_token', 'github_oauth_token', 'githubtoken', 'github_api_token', 'github_auth_token', 'ghtoken', 'githubaccesstoken', 'githuboauthtoken', 'githubapitoken', 'githubauthtoken'],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.2,
});
