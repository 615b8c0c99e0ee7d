import { contextRule } from '../../../define';

/** SonarQube / SonarCloud token without a type prefix: 40 lowercase hex characters next to a Sonar keyword. */
export const sonarqubeLegacyToken = contextRule({
  id: 'sonarqube-legacy-token',
  title: 'SonarQube / SonarCloud token',
  severity: 'high',
  confidence: 0.8,
  keywords: ['sonar_token', 'sonar.login', 'sonar.token', 'sonar_login', 'sonar_auth_token', 'sonarqube_token', 'sonarcloud_token', 'sonar_api_token', 'sonartoken', 'sonar-token', 'sonarlogin', 'sonar-login', 'sonarauthtoken', 'sonar.auth.token', 'sonar-auth-token', 'sonarqubetoken', 'sonarqube.token', 'sonarqube-token', 'sonarcloudtoken', 'sonarcloud.token', 'sonarcloud-token', 'sonarapitoken', 'sonar.api.token', 'sonar-api-token'],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.2,
});
