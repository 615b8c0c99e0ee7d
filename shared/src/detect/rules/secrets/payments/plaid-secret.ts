import { contextRule } from '../../../define';

/** Plaid API secret: 30 hex characters next to a Plaid keyword. */
export const plaidSecret = contextRule({
  id: 'plaid-secret',
  title: 'Plaid secret',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['plaid'],
  pattern: /[a-f0-9]{30}/,
  minLength: 30,
  maxLength: 30,
  minEntropy: 3,
});
