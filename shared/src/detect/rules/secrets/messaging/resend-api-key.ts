import { tokenRule } from '../../../define';

/** Resend API key: `re_` + 8 base62 + `_` + 24 base62 characters. */
export const resendApiKey = tokenRule({
  id: 'resend-api-key',
  title: 'Resend API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['re_'],
  pattern: /re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}(?![A-Za-z0-9_-])/,
});
