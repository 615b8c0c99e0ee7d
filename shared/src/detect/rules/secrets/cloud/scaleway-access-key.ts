import { tokenRule } from '../../../define';
import { hasDistinctChars } from '../../../distinct-chars';

/** Scaleway API access key ID: `SCW` + 17 uppercase alphanumerics. Not secret alone, but always pasted with its secret key. */
export const scalewayAccessKey = tokenRule({
  id: 'scaleway-access-key',
  title: 'Scaleway access key ID',
  severity: 'medium',
  confidence: 0.9,
  prefixes: ['SCW'],
  pattern: /SCW[A-Z0-9]{17}(?![A-Za-z0-9])/,
  validate: (value) => /[0-9]/.test(value.slice(3)) && hasDistinctChars(value, 10),
});
