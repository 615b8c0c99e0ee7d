import { contextRule } from '../../../define';

/** Mailtrap API token: 32 hex characters next to a Mailtrap keyword. */
export const mailtrapApiToken = contextRule({
  id: 'mailtrap-api-token',
  title: 'Mailtrap API token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['mailtrap'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
