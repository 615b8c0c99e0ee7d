import { tokenRule } from '../../../define';

/** Slack's own layout: `xapp-1-` + app id + numeric id + 64 lowercase hex characters. */
const ISSUED = /^xapp-\d-[A-Z0-9]{9,12}-\d{10,14}-[a-f0-9]{64}$/;

/**
 * Slack app-level token: `xapp-1-` + app id + numeric id + 64 hex characters. Other scanners' patterns
 * (`(?i)xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+`) take an app id and an end of any length in either case: an end of 8 or
 * more that is not all hex counts too. An end in hex must have Slack's layout (a shorter or longer one is a Slack
 * token cut or run on).
 */
export const slackAppToken = tokenRule({
  id: 'slack-app-token',
  title: 'Slack app-level token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['xapp-'],
  pattern: /xapp-\d-[A-Za-z0-9]{1,32}-\d{1,20}-[A-Za-z0-9]{8,128}(?![A-Za-z0-9])/,
  validate: (value) => {
    const tail = value.slice(value.lastIndexOf('-') + 1);
    return /^[0-9a-fA-F]+$/.test(tail) ? ISSUED.test(value) : true;
  },
});
