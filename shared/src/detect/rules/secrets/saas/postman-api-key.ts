import { tokenRule } from '../../../define';

/**
 * Postman API key: `PMAK-` + 24 hex + `-` + 34 hex characters, lowercase as Postman writes them or in either case
 * as other scanners' patterns (`PMAK-(?i)[a-f0-9]{24}\-[a-f0-9]{34}`) take them.
 */
export const postmanApiKey = tokenRule({
  id: 'postman-api-key',
  title: 'Postman API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['PMAK-'],
  pattern: /PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}(?![A-Za-z0-9])/,
});
