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
    'LANGSMITH_API_KEY=lsv2_pt_80995dfff9c39f2250ed1334ae74ba1f_59d961b37e37e',
    'LANGSMITH_API_KEY=lsv2_pt_80995dfff9c39f2250ed1334ae74ba1f_59d961b',
  ],
};
export default fixtures;
