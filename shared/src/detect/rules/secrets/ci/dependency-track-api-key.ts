import { tokenRule } from '../../../define';

/** OWASP Dependency-Track API key (4.x): `odt_` + 32 base62 characters. */
export const dependencyTrackApiKey = tokenRule({
  id: 'dependency-track-api-key',
  title: 'Dependency-Track API key',
  severity: 'high',
  confidence: 0.97,
  prefixes: ['odt_'],
  pattern: /odt_[A-Za-z0-9]{32}(?![A-Za-z0-9_-])/,
  requires: { lower: true, upper: true, after: 4 },
});
