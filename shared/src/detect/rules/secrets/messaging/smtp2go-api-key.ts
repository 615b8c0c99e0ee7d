import { tokenRule } from '../../../define';

/** SMTP2GO API key: `api-` followed by 32 uppercase hex characters. */
export const smtp2goApiKey = tokenRule({
  id: 'smtp2go-api-key',
  title: 'SMTP2GO API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['api-'],
  pattern: /api-[A-F0-9]{32}(?![A-Za-z0-9])/,
  validate: (value) => /[0-9]/.test(value.slice(4)) && /[A-Za-z]/.test(value.slice(4)),
});
