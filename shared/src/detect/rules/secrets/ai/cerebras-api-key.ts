import { tokenRule } from '../../../define';

/** Cerebras API key: `csk-` followed by about 48 alphanumeric characters. */
export const cerebrasApiKey = tokenRule({
  id: 'cerebras-api-key',
  title: 'Cerebras API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['csk-'],
  pattern: /csk-[A-Za-z0-9]{40,56}(?![A-Za-z0-9_-])/,
  validate: (value) => /[0-9]/.test(value.slice(4)) && /[A-Za-z]/.test(value.slice(4)),
});
