import { tokenRule } from '../../../define';

/** Google Cloud / Firebase / Maps API key: `AIza` + 35 base64url characters. */
export const gcpApiKey = tokenRule({
  id: 'gcp-api-key',
  title: 'Google Cloud API key',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['AIza'],
  pattern: /AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/,
});
