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
    'NVIDIA_API_KEY=nvapi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NVIDIA_API_KEY=${NVIDIA_API_KEY}',
    'NVIDIA_API_KEY=<your-nvidia-api-key>',
    'NVIDIA_API_KEY=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',
    'NVIDIA_API_KEY=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',
  ],
};
export default fixtures;
