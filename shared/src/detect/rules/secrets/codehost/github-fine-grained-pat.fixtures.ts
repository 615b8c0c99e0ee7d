import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'GITHUB_TOKEN=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', secret: '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' },
    { text: '{"github_pat": "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", "region": "eu-west-1"}', secret: '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' },
    { text: '  github_pat: 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', secret: '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' },
    { text: 'export GITHUB_TOKEN="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"', secret: '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' },
    { text: 'const githubPat = \'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\';', secret: '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' },
    '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',
    { text: 'GITHUB_TOKEN="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"', secret: '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' },
    { text: 'use 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 for the bot', secret: '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' },
  ],
  negative: [
    'GITHUB_TOKEN=github_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GITHUB_TOKEN=<your-github-fine-grained-pat>',
    'GITHUB_TOKEN=${GITHUB_TOKEN}',
    'GITHUB_TOKEN=github_pat_11FMfR8ZMv50xrSsxiEhzl_z0Cflej7gWCnO5jmyHU8GjHKoBL2asFO4aaQUNEQ5urbU6cdBmarJ2bq',
    'GITHUB_TOKEN=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ast',
    'github_pat_ tokens replace classic ones',
    'github_pat_settings_page_link',
    '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',
  ],
};
export default fixtures;
