import { tokenRule } from '../../../define';

/** nuget.org API key: `oy2` + 43 lowercase alphanumerics. */
export const nugetApiKey = tokenRule({
  id: 'nuget-api-key',
  title: 'NuGet API key',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['oy2'],
  pattern: /oy2[a-z0-9]{43}(?![A-Za-z0-9])/,
  validate: (value) => (value.slice(3).match(/[0-9]/g)?.length ?? 0) >= 3 && (value.slice(3).match(/[a-z]/g)?.length ?? 0) >= 10,
});
