import { tokenRule } from '../../../define';

/** Notion integration token: `ntn_` followed by about 46 base62 characters. */
export const notionToken = tokenRule({
  id: 'notion-token',
  title: 'Notion integration token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['ntn_'],
  pattern: /ntn_[A-Za-z0-9]{40,50}(?![A-Za-z0-9_-])/,
  validate: (value) => /[0-9]/.test(value.slice(4)) && /[A-Za-z]/.test(value.slice(4)),
});
