import type { Rule } from '../../../rule';
import { npmAccessToken } from './npm-access-token';
import { npmLegacyAuthToken } from './npm-legacy-auth-token';
import { npmrcAuth } from './npmrc-auth';
import { dockerConfigAuth } from './docker-config-auth';
import { pypiUploadToken } from './pypi-upload-token';
import { testpypiUploadToken } from './testpypi-upload-token';
import { nugetApiKey } from './nuget-api-key';
import { rubygemsApiKey } from './rubygems-api-key';
import { clojarsDeployToken } from './clojars-deploy-token';
import { cratesIoApiToken } from './crates-io-api-token';
import { packagistToken } from './packagist-token';
import { jfrogApiKey } from './jfrog-api-key';
import { jfrogIdentityToken } from './jfrog-identity-token';
import { mavenSettingsPassword } from './maven-settings-password';
import { hexPmApiKey } from './hex-pm-api-key';
import { cocoapodsTrunkToken } from './cocoapods-trunk-token';
import { quayRobotToken } from './quay-robot-token';
import { cloudsmithApiKey } from './cloudsmith-api-key';
import { bufRegistryToken } from './buf-registry-token';
import { chocolateyApiKey } from './chocolatey-api-key';
import { openvsxToken } from './openvsx-token';
import { gradlePluginPortalKey } from './gradle-plugin-portal-key';
import { ansibleGalaxyToken } from './ansible-galaxy-token';
import { sidekiqGemCredentials } from './sidekiq-gem-credentials';
import { sidekiqGemServerUrl } from './sidekiq-gem-server-url';

/** Context rules sharing a token shape are tried in this order: more specific keywords first. */
export const rules: readonly Rule[] = [
  npmAccessToken,
  npmLegacyAuthToken,
  npmrcAuth,
  dockerConfigAuth,
  pypiUploadToken,
  testpypiUploadToken,
  nugetApiKey,
  rubygemsApiKey,
  clojarsDeployToken,
  cratesIoApiToken,
  packagistToken,
  jfrogApiKey,
  jfrogIdentityToken,
  mavenSettingsPassword,
  hexPmApiKey,
  cocoapodsTrunkToken,
  quayRobotToken,
  cloudsmithApiKey,
  bufRegistryToken,
  chocolateyApiKey,
  openvsxToken,
  gradlePluginPortalKey,
  ansibleGalaxyToken,
  sidekiqGemCredentials,
  sidekiqGemServerUrl,
];
