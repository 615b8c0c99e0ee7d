import { tokenRule } from '../../../define';

/** Klaviyo private API key: `pk_` + 34 alphanumerics after a Klaviyo keyword. */
export const klaviyoPrivateKey = tokenRule({
  id: 'klaviyo-private-key',
  title: 'Klaviyo private API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['pk_'],
  keywords: ['klaviyo'],
  pattern: /pk_[A-Za-z0-9]{34}(?![A-Za-z0-9_-])/,
  validate: (value) => /[0-9]/.test(value.slice(3)) && /[A-Za-z]/.test(value.slice(3)),
});
