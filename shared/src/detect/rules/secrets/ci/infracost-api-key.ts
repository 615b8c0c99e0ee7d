import { tokenRule } from '../../../define';
import { isRandomBody } from '../random-body';

/**
 * Infracost API key: `ico-` + 32 base62 characters. Infracost writes the body in mixed case; a body in one case,
 * as other scanners' samples write it, counts when it is random and holds a letter beyond hex (`ico-` + an MD5
 * is an icon's class name).
 */
export const infracostApiKey = tokenRule({
  id: 'infracost-api-key',
  title: 'Infracost API key',
  severity: 'high',
  confidence: 0.97,
  prefixes: ['ico-'],
  pattern: /ico-[A-Za-z0-9]{32}(?![A-Za-z0-9_-])/,
  validate: (value) => isRandomBody(value.slice(4)),
});
