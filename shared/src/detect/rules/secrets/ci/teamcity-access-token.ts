import { tokenRule } from '../../../define';

/** JetBrains TeamCity access token: a JWT-like value whose header is always `{"typ": "TCV2"}` (`eyJ0eXAiOiAiVENWMiJ9`). */
export const teamcityAccessToken = tokenRule({
  id: 'teamcity-access-token',
  title: 'TeamCity access token',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['eyJ0eXAiOiAiVENWMiJ9'],
  pattern: /eyJ0eXAiOiAiVENWMiJ9\.[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}/,
});
