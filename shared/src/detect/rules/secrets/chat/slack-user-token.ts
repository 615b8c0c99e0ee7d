import { tokenRule } from '../../../define';
import { isRandomBody } from '../random-body';

const TAIL = /^xox[pe]-\d+-\d+-\d+-(.+)$/;

/**
 * Slack user token: `xoxp-` (or `xoxe-`, as file URLs carry it in `?t=`) + three numeric ids + 32 hex characters.
 * Other scanners' patterns (`[a-zA-Z0-9-]{28,34}`) take any random end of 28 to 34 characters, and so does this;
 * an end in hex must still be 32 long (a shorter or longer one is a Slack token cut or run on).
 */
export const slackUserToken = tokenRule({
  id: 'slack-user-token',
  title: 'Slack user token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['xoxp-', 'xoxe-'],
  pattern: /xox[pe]-\d{8,14}-\d{8,14}-\d{8,14}-[A-Za-z0-9-]{28,34}(?![A-Za-z0-9-])/,
  validate: (value) => {
    const tail = TAIL.exec(value)?.[1] ?? '';
    return /^[0-9a-fA-F]+$/.test(tail) ? tail.length === 32 : isRandomBody(tail);
  },
});
