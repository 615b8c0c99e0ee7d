import { contextRule } from '../../../define';

/** Gitter access token: 40 hex characters next to a Gitter keyword. */
export const gitterAccessToken = contextRule({
  id: 'gitter-access-token',
  title: 'Gitter access token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['gitter'],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.3,
});
