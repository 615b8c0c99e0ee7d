import { contextRule } from '../../../define';

/** Authorize.Net transaction key: 16 base62 characters next to an Authorize.Net keyword. */
export const authorizenetTransactionKey = contextRule({
  id: 'authorizenet-transaction-key',
  title: 'Authorize.Net transaction key',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['authorize.net', 'authorizenet', 'authnet', 'transaction_key', 'transactionkey'],
  pattern: /[A-Za-z0-9]{16}/,
  minLength: 16,
  maxLength: 16,
  minEntropy: 3.5,
  requires: { digit: true, lower: true, upper: true },
});
