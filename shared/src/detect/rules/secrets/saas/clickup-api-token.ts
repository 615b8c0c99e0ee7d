import { tokenRule } from '../../../define';

/** ClickUp personal API token: `pk_` + numeric user id + `_` + 32 uppercase alphanumerics. */
export const clickupApiToken = tokenRule({
  id: 'clickup-api-token',
  title: 'ClickUp API token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['pk_'],
  pattern: /pk_\d{4,12}_[A-Z0-9]{32}(?![A-Za-z0-9])/,
});
