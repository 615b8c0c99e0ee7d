import { tokenRule } from '../../../define';

/** Legacy Asana token: `0/` + 32 hex characters after an Asana keyword. */
export const asanaLegacyPat = tokenRule({
  id: 'asana-legacy-pat',
  title: 'Asana personal access token (legacy)',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['0/'],
  keywords: ['asana'],
  pattern: /0\/[a-f0-9]{32}(?![A-Za-z0-9])/,
});
