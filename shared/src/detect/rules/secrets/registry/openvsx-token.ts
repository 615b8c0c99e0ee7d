import { contextRule } from '../../../define';

/** Open VSX registry access token: a UUID next to an Open VSX keyword. */
export const openvsxToken = contextRule({
  id: 'openvsx-token',
  title: 'Open VSX access token',
  severity: 'high',
  confidence: 0.8,
  keywords: ['ovsx', 'open-vsx', 'openvsx', 'open_vsx', 'open.vsx'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
