import { contextRule } from '../../../define';

/** Bitbucket OAuth consumer secret: 32 base64url characters next to a Bitbucket keyword. */
export const bitbucketClientSecret = contextRule({
  id: 'bitbucket-client-secret',
  title: 'Bitbucket OAuth consumer secret',
  severity: 'high',
  confidence: 0.8,
  keywords: ['bitbucket'],
  pattern: /[A-Za-z0-9_-]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 4,
  requires: { lower: true, upper: true },
});
