import { contextRule } from '../../../define';

/** Legacy Figma token: numeric prefix + `-` + UUID, next to a Figma keyword. */
export const figmaLegacyPat = contextRule({
  id: 'figma-legacy-pat',
  title: 'Figma personal access token (legacy)',
  severity: 'high',
  confidence: 0.85,
  keywords: ['figma'],
  pattern: /\d{5,7}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 42,
  maxLength: 44,
  minEntropy: 3.3,
});
