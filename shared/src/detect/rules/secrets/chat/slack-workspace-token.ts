import { tokenRule } from '../../../define';

/** Slack's own layout: numeric ids, then a long run. */
const ISSUED = /^xox[ar]-\d+-[A-Za-z0-9-]{30,}$/;

/**
 * Slack workspace app access (`xoxa-`) and refresh (`xoxr-`) tokens: numeric ids and a long run of base62 and
 * dashes. Other scanners' patterns (`xox[ar]-(?:\d-)?[0-9a-zA-Z]{8,48}`) also take a short random run of 8 to 48
 * after the prefix (and a one-digit version): that counts when it holds a digit and a letter or both letter
 * cases, as a random run does and a name (`xoxa-nyc`) does not.
 */
export const slackWorkspaceToken = tokenRule({
  id: 'slack-workspace-token',
  title: 'Slack workspace access/refresh token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['xoxa-', 'xoxr-'],
  pattern: /xox[ar]-(?:\d+-[A-Za-z0-9-]{30,250}(?![A-Za-z0-9])|(?:\d-)?[A-Za-z0-9]{8,48}(?![A-Za-z0-9-]))/,
  validate: (value) => {
    if (ISSUED.test(value)) return true;
    const run = value.slice(value.lastIndexOf('-') + 1);
    return (/[0-9]/.test(run) && /[A-Za-z]/.test(run)) || (/[a-z]/.test(run) && /[A-Z]/.test(run));
  },
});
