import { tokenRule } from '../../../define';

/** Trello user token: `ATTA` + 64 hex + 8 uppercase hex checksum. */
export const trelloToken = tokenRule({
  id: 'trello-token',
  title: 'Trello token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['ATTA'],
  pattern: /ATTA[a-f0-9]{64}[A-F0-9]{8}(?![A-Za-z0-9])/,
});
