import { tokenRule } from '../../../define';

/** Brevo (Sendinblue) API key: `xkeysib-` + 64 hex + `-` + 16 base62 characters. */
export const brevoApiKey = tokenRule({
  id: 'brevo-api-key',
  title: 'Brevo (Sendinblue) API key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['xkeysib-'],
  pattern: /xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![A-Za-z0-9])/,
});
