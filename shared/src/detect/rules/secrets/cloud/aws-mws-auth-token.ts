import { tokenRule } from '../../../define';

/** Amazon Marketplace Web Service auth token: `amzn.mws.` + a UUID. */
export const awsMwsAuthToken = tokenRule({
  id: 'aws-mws-auth-token',
  title: 'Amazon MWS auth token',
  severity: 'high',
  confidence: 0.97,
  prefixes: ['amzn.mws.'],
  pattern: /amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-zA-Z-])/,
});
