import { tokenRule } from '../../../define';

/** NVIDIA NGC / build.nvidia.com API key: `nvapi-` followed by 64 base64url characters. */
export const nvidiaApiKey = tokenRule({
  id: 'nvidia-api-key',
  title: 'NVIDIA API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['nvapi-'],
  pattern: /nvapi-[A-Za-z0-9_-]{64}(?![A-Za-z0-9_-])/,
});
