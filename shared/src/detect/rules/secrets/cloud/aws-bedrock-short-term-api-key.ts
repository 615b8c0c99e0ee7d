import { tokenRule } from '../../../define';

/** Amazon Bedrock short-term API key: `bedrock-api-key-` + base64 of a presigned `bedrock.amazonaws.com` URL (so `YmVkcm9jay5hbWF6b25hd3MuY29t`), optionally followed by `&Version=1`. */
export const awsBedrockShortTermApiKey = tokenRule({
  id: 'aws-bedrock-short-term-api-key',
  title: 'Amazon Bedrock short-term API key',
  severity: 'high',
  confidence: 0.98,
  prefixes: ['bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t'],
  pattern: /bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{60,}={0,2}(?:&Version=[0-9]+)?/,
});
