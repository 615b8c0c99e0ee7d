import { tokenRule } from '../../../define';

/** Slack rotating/configuration access token: `xoxe.xoxp-1-` or `xoxe.xoxb-1-` followed by a long base62 body. */
export const slackConfigAccessToken = tokenRule({
  id: 'slack-config-access-token',
  title: 'Slack configuration access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['xoxe.xox'],
  pattern: /xoxe\.xox[bp]-\d-[A-Za-z0-9]{40,300}(?![A-Za-z0-9])/,
  validate: (value) => /[0-9]/.test(value.slice(12)) && /[A-Za-z]/.test(value.slice(12)),
});
