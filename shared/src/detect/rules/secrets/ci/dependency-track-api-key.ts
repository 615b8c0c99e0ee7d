import { tokenRule } from '../../../define';

/** OWASP Dependency-Track API key: `odt_` + 32 or more base62 characters (newer keys are longer). */
export const dependencyTrackApiKey = tokenRule({
  id: 'dependency-track-api-key',
  title: 'Dependency-Track API key',
  severity: 'high',
  confidence: 0.97,
  prefixes: ['odt_'],
  pattern: /odt_[A-Za-z0-9]{32,64}(?![A-Za-z0-9_-])/,
  requires: { lower: true, upper: true, after: 4 },
});
