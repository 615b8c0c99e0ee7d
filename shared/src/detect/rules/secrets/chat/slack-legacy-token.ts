import { tokenRule } from '../../../define';

/** `xoxo-`, three ids and a hex end under 8 characters. */
const SHORT_XOXO_END = /^xoxo-\d+-\d+-\d+-([A-Fa-f0-9]{1,7})$/;

/**
 * Slack legacy workspace/test tokens: `xoxs-` and `xoxo-`, numeric ids and a hex end. Slack's ids run 6 to 14
 * digits and the rest 20 characters or more; other scanners' patterns (`xox[os]-\d+-\d+-\d+-[a-fA-F\d]+`) take
 * three ids of any length and a hex end of any length, which count as well (ids up to 14 digits, an end up to
 * 128). After `xoxo-`, a word too (and a festival's name), an end under 8 characters must hold a digit and a letter:
 * `xoxo-2014-09-12-cafe` names a photo.
 */
export const slackLegacyToken = tokenRule({
  id: 'slack-legacy-token',
  title: 'Slack legacy token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['xoxs-', 'xoxo-'],
  pattern: /xox[os]-(?:\d{6,14}-[A-Za-z0-9-]{20,150}(?![A-Za-z0-9])|\d{1,14}-\d{1,14}-\d{1,14}-[A-Fa-f0-9]{1,128}(?![A-Za-z0-9-]))/,
  validate: (value) => {
    if (!/[0-9]/.test(value.slice(5)) || !/[A-Za-z]/.test(value.slice(5))) return false;
    const shortEnd = SHORT_XOXO_END.exec(value)?.[1];
    return shortEnd === undefined || /[0-9]/.test(shortEnd);
  },
});
