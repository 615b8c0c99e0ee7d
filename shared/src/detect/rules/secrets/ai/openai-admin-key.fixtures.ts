import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'OPENAI_ADMIN_KEY=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', secret: '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' },
    { text: '{"openai_admin_key": "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"}', secret: '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' },
    { text: 'openai_admin_key: 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', secret: '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' },
    { text: 'export OPENAI_ADMIN_KEY="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"', secret: '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' },
    { text: 'const openaiAdminKey = \'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\';', secret: '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' },
  ],
  negative: [
    'OPENAI_ADMIN_KEY=sk-admin-x-x_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxx_xx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxx-xxxx',
    'OPENAI_ADMIN_KEY=${OPENAI_ADMIN_KEY}',
    'OPENAI_ADMIN_KEY=<your-openai-admin-key>',
  ],
};
export default fixtures;
