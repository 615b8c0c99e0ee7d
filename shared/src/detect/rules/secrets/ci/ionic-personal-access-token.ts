import { tokenRule } from '../../../define';

/** Ionic Appflow personal access token: `ion_` + 42 base62 characters. */
export const ionicPersonalAccessToken = tokenRule({
  id: 'ionic-personal-access-token',
  title: 'Ionic Appflow personal access token',
  severity: 'high',
  confidence: 0.9,
  prefixes: ['ion_'],
  pattern: /ion_[A-Za-z0-9]{42}(?![A-Za-z0-9_])/,
  requires: { digit: true, lower: true, upper: true, after: 4 },
});
