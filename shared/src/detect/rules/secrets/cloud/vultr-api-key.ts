import { contextRule } from '../../../define';

/** Vultr API key: 36 uppercase alphanumerics next to a Vultr keyword. */
export const vultrApiKey = contextRule({
  id: 'vultr-api-key',
  title: 'Vultr API key',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['vultr'],
  pattern: /[A-Z0-9]{36}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3.8,
  validate: (value) => /[0-9]/.test(value) && /[A-Z]/.test(value),
});
