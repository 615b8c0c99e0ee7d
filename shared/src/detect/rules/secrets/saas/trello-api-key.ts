import { contextRule } from '../../../define';

/** Trello API key: 32 hex characters next to a Trello keyword. */
export const trelloApiKey = contextRule({
  id: 'trello-api-key',
  title: 'Trello API key',
  severity: 'medium',
  confidence: 0.85,
  keywords: ['trello'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
