import { tokenRule } from '../../../define';
import { isRandomBody } from '../random-body';

/**
 * EasyPost test-mode API key: `EZTK` + 54 base62 characters. EasyPost writes the body in mixed case; a body in
 * one case, as other scanners' patterns (`(?i)[a-z0-9]{54}`) accept it, counts when it is random.
 */
export const easypostTestApiKey = tokenRule({
  id: 'easypost-test-api-key',
  title: 'EasyPost test API key',
  severity: 'medium',
  confidence: 0.99,
  prefixes: ['EZTK'],
  pattern: /EZTK[A-Za-z0-9]{54}(?![A-Za-z0-9])/,
  validate: (value) => isRandomBody(value.slice(4)),
});
