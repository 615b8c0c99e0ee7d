import { tokenRule } from '../../../define';
import { isRandomBody } from '../random-body';

const ISSUED = /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/;

/**
 * SendGrid API key: `SG.` + 22 + `.` + 43 base64url characters. Other scanners' patterns
 * (`SG\.(?i)[a-z0-9=_\-\.]{66}`) take any 66 of those characters with dots anywhere: such a key counts when it is
 * random and holds a digit (dotted names do not), and does not end in a dot (a sentence's).
 */
export const sendgridApiKey = tokenRule({
  id: 'sendgrid-api-key',
  title: 'SendGrid API key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['SG.'],
  pattern: /SG\.(?:[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])|[A-Za-z0-9_.-]{65}[A-Za-z0-9_-](?![A-Za-z0-9_-]|\.[A-Za-z0-9_-]))/,
  validate: (value) => ISSUED.test(value) || (/[0-9]/.test(value.slice(3)) && isRandomBody(value.slice(3))),
});
