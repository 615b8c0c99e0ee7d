import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ZENDESK_API_TOKEN=xDKTxwdx2RanjwGSnIvSy51AgKL6bAuNkdtdJzmB', secret: 'xDKTxwdx2RanjwGSnIvSy51AgKL6bAuNkdtdJzmB' },
    { text: '{"zendesk_api_token": "Jv2FR3Eq0SIvrGSJuxNBpyB82SPzRJZ2SVoxgt55"}', secret: 'Jv2FR3Eq0SIvrGSJuxNBpyB82SPzRJZ2SVoxgt55' },
    { text: 'zendesk_api_token: QQMQP0VuPv6NBjTR8IjY1A6YcKZ35CKGo37Sd2xU', secret: 'QQMQP0VuPv6NBjTR8IjY1A6YcKZ35CKGo37Sd2xU' },
    { text: 'export ZENDESK_API_TOKEN="GyUrXicesv3E9m4Oa634bHGZYBRuH5qzvlrDV2Kv"', secret: 'GyUrXicesv3E9m4Oa634bHGZYBRuH5qzvlrDV2Kv' },
    { text: 'const zendeskApiToken = \'EWGufDmh45XfP0TcKHfX5jkB4lHw6AMlKtXBtjhR\';', secret: 'EWGufDmh45XfP0TcKHfX5jkB4lHw6AMlKtXBtjhR' },
  ],
  negative: [
    'ZENDESK_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ZENDESK_API_TOKEN=${ZENDESK_API_TOKEN}',
    'ZENDESK_API_TOKEN=<your-zendesk-api-token>',
    '"etag": "R0EVur8JmlIfdWeCKcDXXDQDEw8FyXgZG2O9jyss"',
    'ZENDESK_API_TOKEN=R0EVur8JmlIfdWeCKcDXXDQDEw8FyXgZG2O9jyssyss',
    'ZENDESK_API_TOKEN=R0EVur8JmlIfdWeCKcDXXDQDEw8FyXgZG2O9j',
    'api_token=FeJIICNo46yMuHuYdrM3eUp1y9ADnyMO2HtlJl76',
  ],
};
export default fixtures;
