import { contextRule } from '../../../define';

/** Customer.io tracking API key (20 hex) or App API key (32 hex) next to a Customer.io keyword. */
export const customerioApiKey = contextRule({
  id: 'customerio-api-key',
  title: 'Customer.io API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['customerio', 'customer.io', 'customer_io', 'customer-io'],
  pattern: /[a-f0-9]{20}|[a-f0-9]{32}/,
  minLength: 20,
  maxLength: 32,
  minEntropy: 3.2,
});
