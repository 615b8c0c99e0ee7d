import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'HF_TOKEN=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', secret: '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' },
    { text: '{"hf_token": "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"}', secret: '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' },
    { text: 'hf_token: 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', secret: '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' },
    { text: 'export HF_TOKEN="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"', secret: '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' },
    { text: 'const hfToken = \'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\';', secret: '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' },
    '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',
    { text: 'HF_TOKEN=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', secret: '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' },
  ],
  negative: [
    'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'HF_TOKEN=${HF_TOKEN}',
    'HF_TOKEN=<your-huggingface-access-token>',
    'HF_TOKEN=hf_HkqrsEotkwntDeUYHmCMnJgHpfzOOJhPgtPgt',
    'HF_TOKEN=hf_HkqrsEotkwntDeUYHmCMnJgHpfzOOJh',
    'from_pretrained(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)',
  ],
};
export default fixtures;
