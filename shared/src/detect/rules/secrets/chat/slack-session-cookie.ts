import { tokenRule } from '../../../define';

/** Slack `d` session cookie: `xoxd-` followed by a URL-encoded base64 body (it holds `%2F`, `%2B`, `%3D`, which the match spans). */
export const slackSessionCookie = tokenRule({
  id: 'slack-session-cookie',
  title: 'Slack session cookie (d)',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['xoxd-'],
  pattern: /xoxd-[A-Za-z0-9%/+_-]{60,400}(?![A-Za-z0-9%/+=_-])/,
  validate: (value) => /[0-9]/.test(value.slice(5)) && /[A-Za-z]/.test(value.slice(5)),
});
