import { contextRule } from '../../../define';

/** Redis Cloud (Redis Labs) account or user API key: 40-60 base62 characters next to a Redis Cloud keyword. */
export const redisCloudApiKey = contextRule({
  id: 'redis-cloud-api-key',
  title: 'Redis Cloud API key',
  severity: 'high',
  confidence: 0.8,
  keywords: ['rediscloud', 'redis_cloud', 'redis-cloud', 'redislabs', 'redis.cloud'],
  pattern: /[A-Za-z0-9]{40,60}/,
  minLength: 40,
  maxLength: 60,
  minEntropy: 4.2,
  requires: { lower: true, upper: true },
});
