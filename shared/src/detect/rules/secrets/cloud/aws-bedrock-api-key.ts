import { tokenRule } from '../../../define';

/**
 * Amazon Bedrock long-term API key: `ABSK` + base64 of `BedrockAPIKey-<id>:<secret>` (so `ABSKQmVkcm9ja0FQSUtleS`).
 * Other scanners' patterns (`ABSK[A-Za-z0-9+/]{109,269}={0,2}`) take any base64 of that length after `ABSK`: such a
 * key counts when it ends where the base64 run does and holds a digit and a letter beyond hex (in either case, as
 * those samples write it).
 */
export const awsBedrockApiKey = tokenRule({
  id: 'aws-bedrock-api-key',
  title: 'Amazon Bedrock API key',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['ABSK'],
  pattern: /ABSK(?:QmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{40,}={0,2}|[A-Za-z0-9+/]{109,269}={0,2}(?![A-Za-z0-9+/=]))/,
  validate: (value) => value.startsWith('ABSKQmVkcm9ja0FQSUtleS') || (/[0-9]/.test(value.slice(4)) && /[g-zG-Z]/.test(value.slice(4))),
});
