import { contextRule } from '../../../define';

/** Infisical universal-auth client secret: 64 lowercase hex characters next to an Infisical keyword. */
export const infisicalClientSecret = contextRule({
  id: 'infisical-client-secret',
  title: 'Infisical machine identity client secret',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['infisical'],
  pattern: /[a-f0-9]{64}/,
  minLength: 64,
  maxLength: 64,
  minEntropy: 3.5,
});
