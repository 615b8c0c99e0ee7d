import { contextRule } from '../../../define';

/** Legacy Together AI API key: 64 hex characters next to a Together keyword (not the bare word "together"). */
export const togetherLegacyApiKey = contextRule({
  id: 'together-legacy-api-key',
  title: 'Together AI API key (legacy)',
  severity: 'high',
  confidence: 0.85,
  keywords: ['together_api', 'together_key', 'togetherai', 'together.ai', 'together_ai', 'together.xyz', 'api.together'],
  pattern: /[a-f0-9]{64}/,
  minLength: 64,
  maxLength: 64,
  minEntropy: 3.5,
});
