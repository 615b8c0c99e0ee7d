import { tokenRule } from '../../../define';

/** Mollie API key: `live_` / `test_` + exactly 30 base62 characters. */
export const mollieApiKey = tokenRule({
  id: 'mollie-api-key',
  title: 'Mollie API key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['live_', 'test_'],
  pattern: /(?:live|test)_[A-Za-z0-9]{30}(?![A-Za-z0-9_-])/,
  validate: (value) => {
    const body = value.slice(5);
    return /[0-9]/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
