import { tokenRule } from '../../../define';

/** SonarQube / SonarCloud user token: `squ_` + 40 lowercase hex characters. */
export const sonarqubeUserToken = tokenRule({
  id: 'sonarqube-user-token',
  title: 'SonarQube user token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['squ_'],
  pattern: /squ_[a-f0-9]{40}(?![A-Za-z0-9_])/,
});
