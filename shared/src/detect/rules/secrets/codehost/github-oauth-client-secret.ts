import { contextRule } from '../../../define';

/** GitHub OAuth / GitHub App client secret: 40 lowercase hex characters next to a GitHub client-secret keyword. */
export const githubOauthClientSecret = contextRule({
  id: 'github-oauth-client-secret',
  title: 'GitHub OAuth app client secret',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['github_client_secret', 'github_oauth_secret', 'gh_client_secret', 'github_app_client_secret', 'githubclientsecret', 'github_secret', 'github_oauth_client_secret', 'github.client.secret', 'github-client-secret', 'githuboauthsecret', 'github.oauth.secret', 'github-oauth-secret', 'ghclientsecret', 'gh.client.secret', 'gh-client-secret', 'githubappclientsecret', 'github.app.client.secret', 'github-app-client-secret', 'githubsecret', 'github.secret', 'github-secret', 'githuboauthclientsecret', 'github.oauth.client.secret', 'github-oauth-client-secret'],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.2,
});
