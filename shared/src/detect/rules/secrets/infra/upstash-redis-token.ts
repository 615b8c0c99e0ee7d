import { contextRule } from '../../../define';

/** Upstash Redis REST token: base64 starting with `A`, 50-200 characters, next to an Upstash keyword. */
export const upstashRedisToken = contextRule({
  id: 'upstash-redis-token',
  title: 'Upstash Redis REST token',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['upstash'],
  pattern: /A[A-Za-z0-9+/_-]{50,200}={0,2}/,
  minLength: 51,
  maxLength: 203,
  minEntropy: 4.2,
});
