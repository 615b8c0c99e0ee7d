import { tokenRule } from '../../../define';

/** AWS STS session token: base64 of a serialized structure that starts with a fixed header (`IQoJb3JpZ2luX2Vj` for current tokens, `FwoGZXIvYXdzE`/`FQoGZXIvYXdzE`/`AQoDYXdzE` for older ones). */
export const awsSessionToken = tokenRule({
  id: 'aws-session-token',
  title: 'AWS session token',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['IQoJb3JpZ2luX2Vj', 'FwoGZXIvYXdzE', 'FQoGZXIvYXdzE', 'AQoDYXdzE'],
  pattern: /(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE|FQoGZXIvYXdzE|AQoDYXdzE)[A-Za-z0-9+/]{80,}={0,2}/,
});
