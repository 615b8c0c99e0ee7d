import { tokenRule } from '../../../define';

/** JFrog Artifactory API key (deprecated but still common): `AKCp` + 69 base62 characters. */
export const jfrogApiKey = tokenRule({
  id: 'jfrog-api-key',
  title: 'JFrog Artifactory API key',
  severity: 'critical',
  confidence: 0.97,
  prefixes: ['AKCp'],
  pattern: /AKCp[A-Za-z0-9]{69}(?![A-Za-z0-9])/,
  requires: { digit: true, lower: true, upper: true, after: 4 },
});
