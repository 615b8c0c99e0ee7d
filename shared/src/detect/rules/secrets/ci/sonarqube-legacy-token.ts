import { contextRule } from '../../../define';

/** SonarQube / SonarCloud token without a type prefix: 40 lowercase hex characters next to a Sonar keyword. */
export const sonarqubeLegacyToken = contextRule({
  id: 'sonarqube-legacy-token',
  title: 'SonarQube / SonarCloud token',
  severity: 'high',
  confidence: 0.8,
  keywords: ['sonar'],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.2,
});
