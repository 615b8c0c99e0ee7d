import { tokenRule } from '../../../define';
import { looksLikeWords } from '../generic/values';

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
    // Both cases; a digit, or else letters no word or identifier is made of (30 random letters often lack one).
    return /[a-z]/.test(body) && /[A-Z]/.test(body) && (/[0-9]/.test(body) || !looksLikeWords(body));
  },
});
