import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'GOOGLE_CLIENT_SECRET=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', secret: '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' },
    { text: '{"client_secret": "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", "region": "eu-west-1"}', secret: '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' },
    { text: '  client_secret: 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', secret: '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' },
    { text: 'export GOOGLE_CLIENT_SECRET="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"', secret: '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' },
    { text: 'const clientSecret = \'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\';', secret: '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' },
  ],
  negative: [
    'GOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GOOGLE_CLIENT_SECRET=<your-gcp-oauth-client-secret>',
    'GOOGLE_CLIENT_SECRET=${GOOGLE_CLIENT_SECRET}',
    'GOOGLE_CLIENT_SECRET=GOCSPX-JPL002x6n0Zs1ZsGdD8Xvh2tA',
    'GOOGLE_CLIENT_SECRET=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fU4',
  ],
};
export default fixtures;
