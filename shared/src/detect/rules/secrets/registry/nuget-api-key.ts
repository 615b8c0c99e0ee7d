import { tokenRule } from '../../../define';
import { hasDigits, hasLowercase } from '../../../char-counts';

/** nuget.org API key: `oy2` + 43 lowercase alphanumerics. */
export const nugetApiKey = tokenRule({
  id: 'nuget-api-key',
  title: 'NuGet API key',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['oy2'],
  pattern: /oy2[a-z0-9]{43}(?![A-Za-z0-9])/,
  validate: (value) => hasDigits(value, 3, 3) && hasLowercase(value, 10, 3),
});
