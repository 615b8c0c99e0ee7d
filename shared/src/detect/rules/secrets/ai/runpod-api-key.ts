import { tokenRule } from '../../../define';

/** RunPod API key: `rpa_` followed by about 44 alphanumeric characters. */
export const runpodApiKey = tokenRule({
  id: 'runpod-api-key',
  title: 'RunPod API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['rpa_'],
  pattern: /rpa_[A-Za-z0-9]{40,50}(?![A-Za-z0-9_-])/,
  validate: (value) => /[0-9]/.test(value.slice(4)) && /[A-Za-z]/.test(value.slice(4)),
});
