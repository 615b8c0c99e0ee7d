import { tokenRule } from '../../../define';

/**
 * Clojars deploy token: `CLOJARS_` + 60 alphanumerics, lowercase as Clojars writes them or in any case as other
 * scanners' patterns (`(?i)CLOJARS_[a-z0-9]{60}`) take them.
 */
export const clojarsDeployToken = tokenRule({
  id: 'clojars-deploy-token',
  title: 'Clojars deploy token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['CLOJARS_'],
  pattern: /CLOJARS_[A-Za-z0-9]{60}(?![A-Za-z0-9])/,
});
