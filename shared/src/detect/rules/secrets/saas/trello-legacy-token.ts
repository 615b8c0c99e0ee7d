import { contextRule } from '../../../define';

/** Legacy Trello user token: 64 hex characters next to a Trello keyword. */
export const trelloLegacyToken = contextRule({
  id: 'trello-legacy-token',
  title: 'Trello token (legacy)',
  severity: 'high',
  confidence: 0.85,
  keywords: ['trello'],
  pattern: /[a-f0-9]{64}/,
  minLength: 64,
  maxLength: 64,
  minEntropy: 3.3,
});
