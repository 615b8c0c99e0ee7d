import { tokenRule } from '../../../define';

/** Akamai EdgeGrid `client_token` / `access_token`: `akab-` + 16 + `-` + 16 lowercase alphanumerics (the API host has the same start but continues with `.luna.akamaiapis.net`). */
export const akamaiEdgegridToken = tokenRule({
  id: 'akamai-edgegrid-token',
  title: 'Akamai EdgeGrid client/access token',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['akab-'],
  pattern: /akab-[a-z0-9]{16}-[a-z0-9]{16}(?![A-Za-z0-9._-])/,
});
