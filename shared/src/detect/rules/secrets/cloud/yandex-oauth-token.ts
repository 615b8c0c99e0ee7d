import { tokenRule } from '../../../define';

/** Yandex OAuth token: `y0_` to `y3_` + 55 base64url characters. */
export const yandexOauthToken = tokenRule({
  id: 'yandex-oauth-token',
  title: 'Yandex OAuth token',
  severity: 'high',
  confidence: 0.9,
  prefixes: ['y0_', 'y1_', 'y2_', 'y3_'],
  pattern: /y[0-3]_[A-Za-z0-9_-]{55}(?![A-Za-z0-9_-])/,
  requires: { digit: true, lower: true, upper: true, after: 3 },
});
