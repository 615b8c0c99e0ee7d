import { contextRule } from '../../../define';

/** Weights & Biases API key: 40 hex characters (self-hosted keys carry a `local-` prefix) next to a W&B keyword. */
export const wandbApiKey = contextRule({
  id: 'wandb-api-key',
  title: 'Weights & Biases API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['wandb', 'weights_and_biases', 'weights & biases', 'weightsandbiases'],
  pattern: /(?:local-)?[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 46,
  minEntropy: 3.3,
});
