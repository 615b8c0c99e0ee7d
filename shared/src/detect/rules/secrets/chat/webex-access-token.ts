import { contextRule } from '../../../define';

/** Webex (Cisco Spark) access / bot token: 64 base62 + `_` + 4 + `_` + org UUID, next to a Webex keyword. */
export const webexAccessToken = contextRule({
  id: 'webex-access-token',
  title: 'Webex access token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['webex', 'ciscospark', 'cisco_spark'],
  pattern: /[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 106,
  maxLength: 106,
  minEntropy: 4,
});
