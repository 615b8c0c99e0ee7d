import { tokenRule } from '../../../define';
import { readsRandom } from '../random-body';

/**
 * Scalingo API token: `tk-us-` followed by 48 letters, digits, `_` and `-`. The body must read as random:
 * `tk-us-` could start a resource name (`tk-us-east-1-…`), whose words it would spell out.
 */
export const scalingoApiToken = tokenRule({
  id: 'scalingo-api-token',
  title: 'Scalingo API token',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['tk-us-'],
  pattern: /tk-us-[A-Za-z0-9_-]{48}(?![A-Za-z0-9_-])/,
  requires: { digit: true, after: 6 },
  validate: (value) => readsRandom(value.slice(6)),
});
