import { tokenRule } from '../../../define';

/** Asana personal access token: `1/` or `2/` + numeric ids + `:` + 32 hex characters. */
export const asanaPat = tokenRule({
  id: 'asana-pat',
  title: 'Asana personal access token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['1/', '2/'],
  pattern: /[12]\/\d{12,20}(?:\/\d{12,20})?:[a-f0-9]{32}(?![A-Za-z0-9])/,
});
