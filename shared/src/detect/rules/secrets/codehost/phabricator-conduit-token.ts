import { tokenRule } from '../../../define';
import { hasDigits, hasLowercase } from '../../../char-counts';

/** Phabricator / Phorge Conduit API token: `api-` + 28 lowercase alphanumerics. */
export const phabricatorConduitToken = tokenRule({
  id: 'phabricator-conduit-token',
  title: 'Phabricator / Phorge Conduit API token',
  severity: 'high',
  confidence: 0.85,
  prefixes: ['api-'],
  pattern: /api-[a-z0-9]{28}(?![A-Za-z0-9_-])/,
  validate: (value) => {
    const body = value.slice(4);
    return hasDigits(body, 3) && hasLowercase(body, 3) && /[g-z]/.test(body);
  },
});
