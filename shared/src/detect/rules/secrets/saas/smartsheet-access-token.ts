import { contextRule } from '../../../define';

/** Smartsheet API access token: 26 or 37 base62 characters next to a Smartsheet keyword. */
export const smartsheetAccessToken = contextRule({
  id: 'smartsheet-access-token',
  title: 'Smartsheet access token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['smartsheet'],
  pattern: /[A-Za-z0-9]{26}|[A-Za-z0-9]{37}/,
  minLength: 26,
  maxLength: 37,
  minEntropy: 3.8,
  requires: { digit: true, lower: true, upper: true },
});
