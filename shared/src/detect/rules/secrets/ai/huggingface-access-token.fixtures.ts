import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'HF_TOKEN=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', secret: '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' },
    { text: '{"hf_token": "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"}', secret: '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' },
    { text: 'hf_token: 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', secret: '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' },
    { text: 'export HF_TOKEN="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"', secret: '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' },
    { text: 'const hfToken = \'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\';', secret: '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' },
  ],
  negative: [
    'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'HF_TOKEN=${HF_TOKEN}',
    'HF_TOKEN=<your-huggingface-access-token>',
    'HF_TOKEN=hf_NKjHDnCyFDPPIXMBTfuOSTEuOCLvMAcJEzJEz',
    'HF_TOKEN=hf_NKjHDnCyFDPPIXMBTfuOSTEuOCLvMAc',
  ],
};
export default fixtures;
