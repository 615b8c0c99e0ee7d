import { tokenRule } from '../../../define';

/** Octopus Deploy API key: `API-` + 25-32 uppercase alphanumerics. */
export const octopusDeployApiKey = tokenRule({
  id: 'octopus-deploy-api-key',
  title: 'Octopus Deploy API key',
  severity: 'critical',
  confidence: 0.9,
  prefixes: ['API-'],
  pattern: /API-[A-Z0-9]{25,32}(?![A-Za-z0-9_-])/,
  validate: (value) => (value.slice(4).match(/[0-9]/g)?.length ?? 0) >= 2 && new Set(value.slice(4)).size >= 12,
});
