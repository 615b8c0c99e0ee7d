import { tokenRule } from '../../../define';

/** Slack legacy workspace/test tokens: `xoxs-` and `xoxo-`. */
export const slackLegacyToken = tokenRule({
  id: 'slack-legacy-token',
  title: 'Slack legacy token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['xoxs-', 'xoxo-'],
  pattern: /xox[os]-\d{6,14}-[A-Za-z0-9-]{20,150}(?![A-Za-z0-9])/,
  validate: (value) => /[0-9]/.test(value.slice(5)) && /[A-Za-z]/.test(value.slice(5)),
});
