import { contextRule } from '../../../define';

/** Deepgram API key: 40 hex characters next to a Deepgram keyword. */
export const deepgramApiKey = contextRule({
  id: 'deepgram-api-key',
  title: 'Deepgram API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['deepgram'],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.3,
});
