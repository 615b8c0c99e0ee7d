import { tokenRule } from '../../../define';
import { readsRandom } from '../random-body';

/**
 * Adobe (Developer Console / IMS) client secret: `p8e-` followed by 32 letters and digits, in either case (other
 * scanners' samples write lowercase hex). The prefix is Adobe's alone; the body must read as random.
 */
export const adobeClientSecret = tokenRule({
  id: 'adobe-client-secret',
  title: 'Adobe client secret',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['p8e-'],
  pattern: /p8e-[A-Za-z0-9]{32}(?![A-Za-z0-9_-])/,
  requires: { digit: true, after: 4 },
  validate: (value) => readsRandom(value.slice(4)),
});
