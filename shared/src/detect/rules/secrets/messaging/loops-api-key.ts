import { contextRule } from '../../../define';

/** Loops API key: 32 hex characters next to a Loops keyword (never the bare word "loops"). */
export const loopsApiKey = contextRule({
  id: 'loops-api-key',
  title: 'Loops API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['loops_api', 'loops-api', 'loops_key', 'loops.so', 'loopsapi'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
