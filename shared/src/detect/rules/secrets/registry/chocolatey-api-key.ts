import { contextRule } from '../../../define';

/** Chocolatey community repository API key: a UUID next to a Chocolatey keyword. */
export const chocolateyApiKey = contextRule({
  id: 'chocolatey-api-key',
  title: 'Chocolatey API key',
  severity: 'high',
  confidence: 0.8,
  keywords: ['chocolatey', 'choco'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
