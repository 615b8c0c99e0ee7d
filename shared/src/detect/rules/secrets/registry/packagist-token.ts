import { tokenRule } from '../../../define';

/** Private Packagist token: `packagist_` + a 3-letter type (`ort`, `owt`, `uut`, ...) + `_` + 68 hex characters. */
export const packagistToken = tokenRule({
  id: 'packagist-token',
  title: 'Private Packagist token',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['packagist_'],
  pattern: /packagist_[a-z]{3}_[a-f0-9]{68}(?![A-Za-z0-9])/,
});
