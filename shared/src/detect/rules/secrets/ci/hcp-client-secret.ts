import { contextRule } from '../../../define';

/** HashiCorp Cloud Platform (HCP) service principal client secret: 64 base62 characters next to an HCP keyword. */
export const hcpClientSecret = contextRule({
  id: 'hcp-client-secret',
  title: 'HashiCorp Cloud Platform client secret',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['hcp_client_secret', 'hcpclientsecret', 'hcp.client.secret', 'hcp-client-secret'],
  pattern: /[A-Za-z0-9]{64}/,
  minLength: 64,
  maxLength: 64,
  minEntropy: 4.5,
  requires: { lower: true, upper: true },
});
