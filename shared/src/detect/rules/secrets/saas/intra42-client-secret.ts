import { tokenRule } from '../../../define';

/**
 * 42 (the school network) intra API client secret: `s-s4t2ud-` or `s-s4t2af-` followed by 64 hex characters,
 * lowercase as 42 issues them or in either case as other scanners' patterns (`(?i)[abcdef0123456789]{64}`) take them.
 */
export const intra42ClientSecret = tokenRule({
  id: 'intra42-client-secret',
  title: '42 intra API client secret',
  severity: 'high',
  confidence: 0.98,
  prefixes: ['s-s4t2ud-', 's-s4t2af-'],
  pattern: /s-s4t2(?:ud|af)-[a-fA-F0-9]{64}(?![A-Za-z0-9_-])/,
});
