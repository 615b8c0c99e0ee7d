import { tokenRule } from '../../../define';

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
    return (body.match(/[0-9]/g)?.length ?? 0) >= 3 && (body.match(/[a-z]/g)?.length ?? 0) >= 3 && /[g-z]/.test(body);
  },
});
