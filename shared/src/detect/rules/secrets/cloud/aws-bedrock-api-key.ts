import { tokenRule } from '../../../define';

/** Amazon Bedrock long-term API key: `ABSK` + base64 of `BedrockAPIKey-<id>:<secret>` (so `ABSKQmVkcm9ja0FQSUtleS`). */
export const awsBedrockApiKey = tokenRule({
  id: 'aws-bedrock-api-key',
  title: 'Amazon Bedrock API key',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['ABSKQmVkcm9ja0FQSUtleS'],
  pattern: /ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{40,}={0,2}/,
});
