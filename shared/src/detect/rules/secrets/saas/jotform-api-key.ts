import { contextRule } from '../../../define';

/** Jotform API key: 32 hex characters next to a Jotform keyword. */
export const jotformApiKey = contextRule({
  id: 'jotform-api-key',
  title: 'Jotform API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['jotform'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
