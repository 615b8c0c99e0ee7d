import { contextRule } from '../../../define';

/** GitHub OAuth / personal access token in the pre-2021 format: 40 lowercase hex characters next to a GitHub token keyword. */
export const githubLegacyToken = contextRule({
  id: 'github-legacy-token',
  title: 'GitHub token (legacy format)',
  severity: 'high',
  confidence: 0.8,
  keywords: ['github_token', 'gh_token', 'github_access_token', 'github_oauth_token', 'githubtoken', 'github_api_token', 'github_auth_token', 'github.token', 'github-token', 'ghtoken', 'gh.token', 'gh-token', 'githubaccesstoken', 'github.access.token', 'github-access-token', 'githuboauthtoken', 'github.oauth.token', 'github-oauth-token', 'githubapitoken', 'github.api.token', 'github-api-token', 'githubauthtoken', 'github.auth.token', 'github-auth-token'],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.2,
});
