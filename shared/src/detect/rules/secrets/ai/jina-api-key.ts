import { tokenRule } from '../../../define';

/** Jina AI API key: `jina_` followed by about 60 base64url characters. */
export const jinaApiKey = tokenRule({
  id: 'jina-api-key',
  title: 'Jina AI API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['jina_'],
  pattern: /jina_[A-Za-z0-9_-]{50,80}(?![A-Za-z0-9_-])/,
  validate: (value) => /[0-9]/.test(value.slice(5)) && /[A-Za-z]/.test(value.slice(5)),
});
