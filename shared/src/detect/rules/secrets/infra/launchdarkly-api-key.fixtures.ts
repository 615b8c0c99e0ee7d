import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LAUNCHDARKLY_ACCESS_TOKEN=api-4b8f17f1-1b9a-48e7-9ae1-8b549861cda4', secret: 'api-4b8f17f1-1b9a-48e7-9ae1-8b549861cda4' },
    { text: '{"ld_api_key": "api-3af20a1e-3a5d-4546-8912-2b532666d07b", "region": "eu-west-1"}', secret: 'api-3af20a1e-3a5d-4546-8912-2b532666d07b' },
    { text: '  ld_api_key: api-750b7e52-4b04-4b3d-87c8-ff8f07db22ab', secret: 'api-750b7e52-4b04-4b3d-87c8-ff8f07db22ab' },
    { text: 'export LAUNCHDARKLY_ACCESS_TOKEN="api-7e70ed9a-1f82-4a96-b0ec-22a00ed43d3f"', secret: 'api-7e70ed9a-1f82-4a96-b0ec-22a00ed43d3f' },
    { text: 'const ldApiKey = \'api-d7935878-80ed-4f5b-8b0e-4c99515ef4b8\';', secret: 'api-d7935878-80ed-4f5b-8b0e-4c99515ef4b8' },
  ],
  negative: [
    'LAUNCHDARKLY_ACCESS_TOKEN=api-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LAUNCHDARKLY_ACCESS_TOKEN=<your-launchdarkly-api-key>',
    'LAUNCHDARKLY_ACCESS_TOKEN=${LAUNCHDARKLY_ACCESS_TOKEN}',
    'LAUNCHDARKLY_ACCESS_TOKEN=api-8c64eeda-1fce-4ddc-885d-845893bbe',
    'LAUNCHDARKLY_ACCESS_TOKEN=api-2e04d1f0-16f2-47e3-a63f-7b92e100a713oKd',
    'x-request-id: api-9bcecb52-cb85-4907-aff5-7542bafd2769',
  ],
};
export default fixtures;
