import { tokenRule } from '../../../define';

/** Brevo (Sendinblue) SMTP key: `xsmtpsib-` + 64 hex + `-` + 16 base62 characters. */
export const brevoSmtpKey = tokenRule({
  id: 'brevo-smtp-key',
  title: 'Brevo (Sendinblue) SMTP key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['xsmtpsib-'],
  pattern: /xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![A-Za-z0-9])/,
});
