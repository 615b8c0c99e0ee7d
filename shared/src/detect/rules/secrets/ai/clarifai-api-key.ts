import { contextRule } from '../../../define';

/** Clarifai personal access token / API key: 32 hex characters next to a Clarifai keyword. */
export const clarifaiApiKey = contextRule({
  id: 'clarifai-api-key',
  title: 'Clarifai API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['clarifai'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
