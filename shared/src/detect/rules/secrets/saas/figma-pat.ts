import { tokenRule } from '../../../define';

/** Figma personal access token: `figd_` followed by about 40 base64url characters. */
export const figmaPat = tokenRule({
  id: 'figma-pat',
  title: 'Figma personal access token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['figd_'],
  pattern: /figd_[A-Za-z0-9_-]{38,48}(?![A-Za-z0-9_-])/,
});
