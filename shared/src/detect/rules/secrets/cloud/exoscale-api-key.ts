import { tokenRule } from '../../../define';

/** Exoscale API key: `EXO` + 24 lowercase hex characters. */
export const exoscaleApiKey = tokenRule({
  id: 'exoscale-api-key',
  title: 'Exoscale API key',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['EXO'],
  pattern: /EXO[a-f0-9]{24}(?![A-Za-z0-9])/,
});
