import { tokenRule } from '../../../define';

/** Postman API key: `PMAK-` + 24 hex + `-` + 34 hex characters. */
export const postmanApiKey = tokenRule({
  id: 'postman-api-key',
  title: 'Postman API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['PMAK-'],
  pattern: /PMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![A-Za-z0-9])/,
});
