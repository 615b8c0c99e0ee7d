import { tokenRule } from '../../../define';
import { isRandomBody } from '../random-body';

/**
 * JFrog Artifactory API key (deprecated but still common): `AKCp` + 69 base62 characters. JFrog writes the body
 * in mixed case; a body in one case, as other scanners' patterns (`AKCp[A-Za-z0-9]{69}`) accept it, counts when
 * it is random.
 */
export const jfrogApiKey = tokenRule({
  id: 'jfrog-api-key',
  title: 'JFrog Artifactory API key',
  severity: 'critical',
  confidence: 0.97,
  prefixes: ['AKCp'],
  pattern: /AKCp[A-Za-z0-9]{69}(?![A-Za-z0-9])/,
  requires: { digit: true, after: 4 },
  validate: (value) => isRandomBody(value.slice(4)),
});
