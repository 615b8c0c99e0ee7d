import { tokenRule } from '../../../define';

/** SonarQube / SonarCloud project analysis token: `sqp_` + 40 lowercase hex characters. */
export const sonarqubeProjectToken = tokenRule({
  id: 'sonarqube-project-token',
  title: 'SonarQube project analysis token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['sqp_'],
  pattern: /sqp_[a-f0-9]{40}(?![A-Za-z0-9_])/,
});
