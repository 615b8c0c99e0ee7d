import { tokenRule } from '../../../define';
import { isRandomBody } from '../random-body';

/**
 * EasyPost production API key: `EZAK` + 54 base62 characters. EasyPost writes the body in mixed case; a body in
 * one case, as other scanners' patterns (`(?i)[a-z0-9]{54}`) accept it, counts when it is random.
 */
export const easypostApiKey = tokenRule({
  id: 'easypost-api-key',
  title: 'EasyPost production API key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['EZAK'],
  pattern: /EZAK[A-Za-z0-9]{54}(?![A-Za-z0-9])/,
  validate: (value) => isRandomBody(value.slice(4)),
});
