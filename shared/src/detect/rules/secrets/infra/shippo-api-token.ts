import { tokenRule } from '../../../define';

/**
 * Shippo API token: `shippo_live_` or `shippo_test_` + 40 hex characters, lowercase as Shippo writes them or in
 * either case as other scanners' patterns (`[a-fA-F0-9]{40}`) take them.
 */
export const shippoApiToken = tokenRule({
  id: 'shippo-api-token',
  title: 'Shippo API token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['shippo_live_', 'shippo_test_'],
  pattern: /shippo_(?:live|test)_[a-fA-F0-9]{40}(?![A-Za-z0-9])/,
});
