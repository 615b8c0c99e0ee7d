import { contextRule } from '../../../define';

/** GitHub OAuth / GitHub App client secret: 40 lowercase hex characters next to a GitHub client-secret keyword. */
export const githubOauthClientSecret = contextRule({
  id: 'github-oauth-client-secret',
  title: 'GitHub OAuth app client secret',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['github_client_secret', 'github_oauth_secret', 'gh_client_secret', 'github_app_client_secret', 'githubclientsecret', 'github_secret', 'github_oauth_client_secret', 'githuboauthsecret', 'ghclientsecret', 'githubappclientsecret', 'githubsecret', 'githuboauthclientsecret'],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.2,
});
