import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'NVIDIA_API_KEY=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', secret: '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' },
    { text: '{"nvidia_api_key": "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"}', secret: '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' },
    { text: 'nvidia_api_key: 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', secret: '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' },
    { text: 'export NVIDIA_API_KEY="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"', secret: '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' },
    { text: 'const nvidiaApiKey = \'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\';', secret: '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' },
  ],
  negative: [
    'NVIDIA_API_KEY=nvapi-xxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NVIDIA_API_KEY=${NVIDIA_API_KEY}',
    'NVIDIA_API_KEY=<your-nvidia-api-key>',
    'NVIDIA_API_KEY=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',
    'NVIDIA_API_KEY=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',
  ],
};
export default fixtures;
