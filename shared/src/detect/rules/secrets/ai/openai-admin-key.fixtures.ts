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
    'OPENAI_ADMIN_KEY=sk-admin-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxx_x-xxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxx',
    'OPENAI_ADMIN_KEY=${OPENAI_ADMIN_KEY}',
    'OPENAI_ADMIN_KEY=<your-openai-admin-key>',
  ],
};
export default fixtures;
