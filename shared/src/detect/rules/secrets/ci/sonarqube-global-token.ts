import { tokenRule } from '../../../define';

/** SonarQube / SonarCloud global analysis token: `sqa_` + 40 lowercase hex characters. */
export const sonarqubeGlobalToken = tokenRule({
  id: 'sonarqube-global-token',
  title: 'SonarQube global analysis token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['sqa_'],
  pattern: /sqa_[a-f0-9]{40}(?![A-Za-z0-9_])/,
});
