import { tokenRule } from '../../../define';

/** Sourcegraph access token: `sgp_` + (an optional 16-hex instance id or `local` and `_`) + 40 hex characters. */
export const sourcegraphAccessToken = tokenRule({
  id: 'sourcegraph-access-token',
  title: 'Sourcegraph access token',
  severity: 'high',
  confidence: 0.98,
  prefixes: ['sgp_'],
  // Hex in either case: tools that print it upper-cased it keep it a token.
  pattern: /sgp_(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40}(?![A-Za-z0-9_-])/,
});
