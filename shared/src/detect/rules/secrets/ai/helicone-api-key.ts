import { tokenRule } from '../../../define';

/** Helicone API key: `sk-helicone-` followed by dash-separated lowercase groups. */
export const heliconeApiKey = tokenRule({
  id: 'helicone-api-key',
  title: 'Helicone API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['sk-helicone-'],
  pattern: /sk-helicone-[a-z0-9-]{20,80}(?![A-Za-z0-9_-])/,
  validate: (value) => /[0-9]/.test(value.slice(12)) && /[A-Za-z]/.test(value.slice(12)),
});
