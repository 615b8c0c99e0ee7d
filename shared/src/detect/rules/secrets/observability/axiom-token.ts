import { tokenRule } from '../../../define';

/** Axiom API (`xaat-`) or personal (`xapt-`) token followed by a UUID. */
export const axiomToken = tokenRule({
  id: 'axiom-token',
  title: 'Axiom token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['xaat-', 'xapt-'],
  pattern: /xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_-])/,
});
