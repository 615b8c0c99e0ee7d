import { tokenRule } from '../../../define';

/** Legacy Notion internal integration token: `secret_` followed by 43 base62 characters. */
export const notionLegacyToken = tokenRule({
  id: 'notion-legacy-token',
  title: 'Notion integration token (legacy)',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['secret_'],
  pattern: /secret_[A-Za-z0-9]{43}(?![A-Za-z0-9_-])/,
  requires: { digit: true, lower: true, upper: true, after: 7 },
});
