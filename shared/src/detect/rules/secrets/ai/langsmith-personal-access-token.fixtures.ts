import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'LANGSMITH_API_KEY=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', secret: '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' },
    { text: '{"langsmith_api_key": "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"}', secret: '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' },
    { text: 'langsmith_api_key: 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', secret: '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' },
    { text: 'export LANGSMITH_API_KEY="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"', secret: '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' },
    { text: 'const langsmithApiKey = \'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\';', secret: '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' },
  ],
  negative: [
    'LANGSMITH_API_KEY=lsv2_pt_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxx',
    'LANGSMITH_API_KEY=${LANGSMITH_API_KEY}',
    'LANGSMITH_API_KEY=<your-langsmith-personal-access-token>',
    'LANGSMITH_API_KEY=lsv2_pt_1216064741e14309fed4cd3924aa69c0_e89db43593593',
    'LANGSMITH_API_KEY=lsv2_pt_1216064741e14309fed4cd3924aa69c0_e89db43',
  ],
};
export default fixtures;
