import { tokenRule } from '../../../define';
import { readsRandom } from '../random-body';

/**
 * SettleMint access token: `sm_pat_` (personal), `sm_aat_` (application) or `sm_sat_` (service) followed by 16
 * base62 characters. Sixteen characters after a prefix that reads like a name could be one (`sm_pat_AccessTokenValue`),
 * so the body must read as random.
 */
export const settlemintAccessToken = tokenRule({
  id: 'settlemint-access-token',
  title: 'SettleMint access token',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['sm_pat_', 'sm_aat_', 'sm_sat_'],
  pattern: /sm_[aps]at_[A-Za-z0-9]{16}(?![A-Za-z0-9_-])/,
  validate: (value) => readsRandom(value.slice(7)),
});
