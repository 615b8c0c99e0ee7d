import { tokenRule } from '../../../define';

/** Docker Hub personal access token: `dckr_pat_` + 27 base64url characters. */
export const dockerHubPat = tokenRule({
  id: 'docker-hub-pat',
  title: 'Docker Hub personal access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['dckr_pat_'],
  pattern: /dckr_pat_[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])/,
});
