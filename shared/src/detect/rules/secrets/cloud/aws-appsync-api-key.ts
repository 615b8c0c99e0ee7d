import { tokenRule } from '../../../define';

/** AWS AppSync GraphQL API key: `da2-` + 26 lowercase alphanumerics. */
export const awsAppsyncApiKey = tokenRule({
  id: 'aws-appsync-api-key',
  title: 'AWS AppSync API key',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['da2-'],
  pattern: /da2-[a-z0-9]{26}(?![A-Za-z0-9_-])/,
  validate: (value) => /[0-9]/.test(value.slice(4)) && /[a-z]/.test(value.slice(4)),
});
