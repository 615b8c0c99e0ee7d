/** Code hosts and CI: GitHub, GitLab, Bitbucket, Azure DevOps-adjacent, Sourcegraph, CI services. */
import { b64, base62, crc32 } from '../codec';
import { tok, type SecretFormat } from '../format';
import { B62, B64URL, LOWER_NUM, UPPER_NUM, type Rng } from '../rng';

/**
 * GitHub's (and npm's) token layout: prefix + 30 random base62 characters + the base62 CRC-32 of those
 * 30 characters, zero-padded to 6 — 40 characters in all for the 4-character prefixes.
 */
export function checksummedToken(r: Rng, prefix: string): string {
  const random = r.s(B62, 30);
  return prefix + random + base62(crc32(random), 6);
}

export const codehost: SecretFormat[] = [
  tok('github-pat-classic', 'GITHUB_TOKEN', (r) => checksummedToken(r, 'ghp_')),
  tok('github-oauth-token', 'GH_OAUTH_TOKEN', (r) => checksummedToken(r, 'gho_')),
  tok('github-user-to-server-token', 'GITHUB_USER_TOKEN', (r) => checksummedToken(r, 'ghu_')),
  tok('github-app-installation-token', 'GH_INSTALLATION_TOKEN', (r) => checksummedToken(r, 'ghs_')),
  tok('github-refresh-token', 'GITHUB_REFRESH_TOKEN', (r) => 'ghr_' + r.s(B62, 76)),
  // Fine-grained PATs: github_pat_ + 22-char id part + '_' + 59-char secret part.
  tok('github-fine-grained-pat', 'GH_PAT', (r) => 'github_pat_11' + r.s(UPPER_NUM, 7) + '0' + r.s(B62, 12) + '_' + r.s(B62, 59)),
  tok('gitlab-pat', 'GITLAB_TOKEN', (r) => 'glpat-' + r.s(B64URL, 20)),
  // Routable tokens (GitLab cells): glpat-<payload>.<version>.<crc>, 43+ characters.
  tok('gitlab-pat-routable', 'GITLAB_TOKEN', (r) => 'glpat-' + r.s(B64URL, 27) + '.01.' + r.s(LOWER_NUM, 9)),
  tok('gitlab-pipeline-trigger-token', 'GITLAB_TRIGGER_TOKEN', (r) => 'glptt-' + r.hex(40)),
  tok('gitlab-runner-registration-token', 'REGISTRATION_TOKEN', (r) => 'GR1348941' + r.s(B64URL, 20)),
  tok('gitlab-runner-auth-token', 'CI_RUNNER_TOKEN', (r) => 'glrt-' + r.s(B64URL, 20)),
  tok('gitlab-deploy-token', 'GITLAB_DEPLOY_TOKEN', (r) => 'gldt-' + r.s(B64URL, 20)),
  tok('gitlab-feed-token', 'GITLAB_FEED_TOKEN', (r) => 'glft-' + r.s(B64URL, 20)),
  tok('gitlab-incoming-mail-token', 'GITLAB_INCOMING_EMAIL_TOKEN', (r) => 'glimt-' + r.s(LOWER_NUM, 25)),
  tok('gitlab-oauth-app-secret', 'GITLAB_OAUTH_SECRET', (r) => 'gloas-' + r.hex(64)),
  tok('gitlab-scim-token', 'GITLAB_SCIM_TOKEN', (r) => 'glsoat-' + r.s(B64URL, 20)),
  tok('gitlab-agent-token', 'GITLAB_AGENT_TOKEN', (r) => 'glagent-' + r.s(B64URL, 50)),
  tok('gitlab-feature-flag-client-token', 'UNLEASH_INSTANCE_TOKEN', (r) => 'glffct-' + r.s(B64URL, 20)),
  tok('gitlab-ci-job-token', 'CI_JOB_TOKEN', (r) => 'glcbt-' + r.hex(2) + '_' + r.s(B64URL, 20)),
  tok('bitbucket-app-password', 'BITBUCKET_APP_PASSWORD', (r) => 'ATBB' + r.s(B62, 32)),
  tok('bitbucket-access-token', 'BITBUCKET_ACCESS_TOKEN', (r) => 'ATCTT3xFfGN0' + r.s(B64URL, 171) + '=' + r.s('0123456789ABCDEF', 8)),
  tok('bitbucket-client-secret', 'BITBUCKET_CLIENT_SECRET', (r) => r.s(B62, 32)),
  tok('gitea-access-token', 'GITEA_TOKEN', (r) => r.hex(40)),
  tok('sourcegraph-access-token', 'SRC_ACCESS_TOKEN', (r) => 'sgp_' + r.hex(16) + '_' + r.hex(40)),
  tok('circleci-personal-token', 'CIRCLECI_TOKEN', (r) => 'CCIPAT_' + r.s(B62, 22) + '_' + r.hex(40)),
  tok('buildkite-api-token', 'BUILDKITE_API_TOKEN', (r) => 'bkua_' + r.hex(40)),
  tok('jenkins-api-token', 'JENKINS_API_TOKEN', (r) => '11' + r.hex(32)),
  tok('octopus-deploy-api-key', 'OCTOPUS_API_KEY', (r) => 'API-' + r.s(UPPER_NUM, 27)),
  tok('harness-pat', 'HARNESS_API_KEY', (r) => 'pat.' + r.s(B64URL, 22) + '.' + r.hex(24) + '.' + r.s(B62, 20)),
  tok('sonarqube-user-token', 'SONAR_TOKEN', (r) => 'squ_' + r.hex(40)),
  tok('sonarqube-project-token', 'SONAR_TOKEN', (r) => 'sqp_' + r.hex(40)),
  tok('sonarqube-global-analysis-token', 'SONAR_TOKEN', (r) => 'sqa_' + r.hex(40)),
  tok('snyk-api-token', 'SNYK_TOKEN', (r) => r.uuid()),
  tok('codecov-upload-token', 'CODECOV_TOKEN', (r) => r.uuid()),
  // YouTrack/Hub permanent tokens: perm:<base64 login>.<base64 id>.<random>.
  tok(
    'jetbrains-youtrack-token',
    'YOUTRACK_TOKEN',
    (r) => 'perm:' + b64(r.pick(['admin', 'ci-bot', 'jdoe'])) + '.' + b64(`${r.int(10, 99)}-${r.int(1, 400)}`) + '.' + r.s(B62, 30),
  ),
];
