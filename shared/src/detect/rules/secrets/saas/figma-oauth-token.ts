import { tokenRule } from '../../../define';

/** Figma OAuth and user tokens: `figu_`, `figo_`, `figr_` followed by a base64url body. */
export const figmaOauthToken = tokenRule({
  id: 'figma-oauth-token',
  title: 'Figma OAuth token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['figu_', 'figo_', 'figr_'],
  pattern: /fig[uor]_[A-Za-z0-9_-]{38,120}(?![A-Za-z0-9_-])/,
});
