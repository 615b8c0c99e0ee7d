import { tokenRule } from '../../../define';

/** Clojars deploy token: `CLOJARS_` + 60 lowercase alphanumerics. */
export const clojarsDeployToken = tokenRule({
  id: 'clojars-deploy-token',
  title: 'Clojars deploy token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['CLOJARS_'],
  pattern: /CLOJARS_[a-z0-9]{60}(?![A-Za-z0-9])/,
});
