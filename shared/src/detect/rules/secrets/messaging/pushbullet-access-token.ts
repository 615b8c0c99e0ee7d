import { tokenRule } from '../../../define';

/** Pushbullet access token: `o.` + 32 base62 characters after a Pushbullet keyword. */
export const pushbulletAccessToken = tokenRule({
  id: 'pushbullet-access-token',
  title: 'Pushbullet access token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['o.'],
  keywords: ['pushbullet'],
  pattern: /o\.[A-Za-z0-9]{32}(?![A-Za-z0-9])/,
  requires: { digit: true, lower: true, upper: true, after: 2 },
});
