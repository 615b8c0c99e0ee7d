import { contextRule } from '../../../define';

/** Legacy LinkedIn client secret: 16 base62 characters next to a LinkedIn keyword. */
export const linkedinLegacyClientSecret = contextRule({
  id: 'linkedin-legacy-client-secret',
  title: 'LinkedIn client secret (legacy)',
  severity: 'high',
  confidence: 0.85,
  keywords: ['linkedin'],
  pattern: /[A-Za-z0-9]{16}/,
  minLength: 16,
  maxLength: 16,
  minEntropy: 3.5,
  requires: { digit: true, lower: true, upper: true },
});
