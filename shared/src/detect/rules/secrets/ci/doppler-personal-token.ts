import { tokenRule } from '../../../define';
import { isRandomBody } from '../random-body';

/**
 * Doppler personal token: `dp.pt.` + 40-44 base62 characters. Doppler writes the body in mixed case; a body in
 * one case, as other scanners' patterns (`dp\.pt\.(?i)[a-z0-9]{43}`) accept it, counts when it is random.
 */
export const dopplerPersonalToken = tokenRule({
  id: 'doppler-personal-token',
  title: 'Doppler personal token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['dp.pt.'],
  pattern: /dp\.pt\.[A-Za-z0-9]{40,44}(?![A-Za-z0-9])/,
  validate: (value) => isRandomBody(value.slice(6)),
});
