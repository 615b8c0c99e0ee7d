import { tokenRule } from '../../../define';

/**
 * Authress service client access key: the client id (`sc_…`, `ext_…`, `scauth_…` or `authress_…`), `.`, a 4-6
 * character key id, `.`, the account id (`acc_…` or `acc-…`), `.`, then the base64 private key. The prefixes alone
 * are common word starts; the dotted shape with its `.acc_` part is Authress's alone.
 */
export const authressAccessKey = tokenRule({
  id: 'authress-access-key',
  title: 'Authress service client access key',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['sc_', 'ext_', 'scauth_', 'authress_'],
  pattern: /(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][A-Za-z0-9-]{10,32}\.[A-Za-z0-9+/_-]{30,120}={0,2}(?![A-Za-z0-9+/_=-])/,
  requires: { digit: true },
});
