import type { Rule } from '../../../rule';
import { circleciPersonalToken } from './circleci-personal-token';
import { circleciProjectToken } from './circleci-project-token';
import { circleciApiToken } from './circleci-api-token';
import { travisCiToken } from './travis-ci-token';
import { droneCiToken } from './drone-ci-token';
import { buildkiteApiToken } from './buildkite-api-token';
import { jenkinsEncryptedSecret } from './jenkins-encrypted-secret';
import { ionicPersonalAccessToken } from './ionic-personal-access-token';
import { sonarqubeProjectToken } from './sonarqube-project-token';
import { sonarqubeUserToken } from './sonarqube-user-token';
import { sonarqubeGlobalToken } from './sonarqube-global-token';
import { sonarqubeLegacyToken } from './sonarqube-legacy-token';
import { snykApiToken } from './snyk-api-token';
import { codecovToken } from './codecov-token';
import { octopusDeployApiKey } from './octopus-deploy-api-key';
import { harnessPat } from './harness-pat';
import { harnessServiceAccountToken } from './harness-service-account-token';
import { pulumiAccessToken } from './pulumi-access-token';
import { terraformCloudToken } from './terraform-cloud-token';
import { vaultServiceToken } from './vault-service-token';
import { vaultBatchToken } from './vault-batch-token';
import { vaultRecoveryToken } from './vault-recovery-token';
import { vaultLegacyToken } from './vault-legacy-token';
import { dopplerPersonalToken } from './doppler-personal-token';
import { dopplerServiceToken } from './doppler-service-token';
import { dopplerServiceAccountToken } from './doppler-service-account-token';
import { dopplerCliToken } from './doppler-cli-token';
import { dopplerScimToken } from './doppler-scim-token';
import { dopplerAuditToken } from './doppler-audit-token';
import { infisicalServiceToken } from './infisical-service-token';
import { infisicalClientSecret } from './infisical-client-secret';
import { onepasswordServiceAccountToken } from './onepassword-service-account-token';
import { onepasswordSecretKey } from './onepassword-secret-key';
import { bitwardenAccessToken } from './bitwarden-access-token';
import { ageSecretKey } from './age-secret-key';
import { dockerHubPat } from './docker-hub-pat';
import { dockerHubOat } from './docker-hub-oat';
import { prefectApiKey } from './prefect-api-key';
import { teamcityAccessToken } from './teamcity-access-token';
import { jenkinsApiToken } from './jenkins-api-token';
import { codeclimateReporterId } from './codeclimate-reporter-id';
import { coverallsRepoToken } from './coveralls-repo-token';
import { infracostApiKey } from './infracost-api-key';
import { dependencyTrackApiKey } from './dependency-track-api-key';
import { vaultUnsealKey } from './vault-unseal-key';
import { hcpClientSecret } from './hcp-client-secret';
import { settlemintAccessToken } from './settlemint-access-token';

/** Context rules sharing a token shape are tried in this order: more specific keywords first. */
export const rules: readonly Rule[] = [
  circleciPersonalToken,
  circleciProjectToken,
  circleciApiToken,
  travisCiToken,
  droneCiToken,
  buildkiteApiToken,
  jenkinsEncryptedSecret,
  ionicPersonalAccessToken,
  sonarqubeProjectToken,
  sonarqubeUserToken,
  sonarqubeGlobalToken,
  sonarqubeLegacyToken,
  snykApiToken,
  codecovToken,
  octopusDeployApiKey,
  harnessPat,
  harnessServiceAccountToken,
  pulumiAccessToken,
  terraformCloudToken,
  vaultServiceToken,
  vaultBatchToken,
  vaultRecoveryToken,
  vaultLegacyToken,
  dopplerPersonalToken,
  dopplerServiceToken,
  dopplerServiceAccountToken,
  dopplerCliToken,
  dopplerScimToken,
  dopplerAuditToken,
  infisicalServiceToken,
  infisicalClientSecret,
  onepasswordServiceAccountToken,
  onepasswordSecretKey,
  bitwardenAccessToken,
  ageSecretKey,
  dockerHubPat,
  dockerHubOat,
  prefectApiKey,
  teamcityAccessToken,
  jenkinsApiToken,
  coverallsRepoToken,
  codeclimateReporterId,
  infracostApiKey,
  dependencyTrackApiKey,
  vaultUnsealKey,
  hcpClientSecret,
  settlemintAccessToken,
];
