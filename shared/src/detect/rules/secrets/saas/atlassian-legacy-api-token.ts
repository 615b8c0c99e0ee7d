import { contextRule } from '../../../define';

/** Legacy Atlassian API token: 24 base62 characters next to a Jira / Confluence / Atlassian keyword. */
export const atlassianLegacyApiToken = contextRule({
  id: 'atlassian-legacy-api-token',
  title: 'Atlassian API token (legacy)',
  severity: 'high',
  confidence: 0.85,
  keywords: ['atlassian', 'jira', 'confluence'],
  pattern: /[A-Za-z0-9]{24}/,
  minLength: 24,
  maxLength: 24,
  minEntropy: 3.8,
  requires: { digit: true, lower: true, upper: true },
});
