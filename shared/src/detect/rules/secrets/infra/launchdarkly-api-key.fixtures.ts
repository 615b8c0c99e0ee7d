import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'api-e4442427-9f78-4334-80bd-429cb5cee2d9',
    { text: 'LAUNCHDARKLY_ACCESS_TOKEN=api-8832d4b5-92fe-4136-91dc-5536b9e02350', secret: 'api-8832d4b5-92fe-4136-91dc-5536b9e02350' },
    { text: '{"ld_api_key": "api-049d6935-63d6-4502-bac7-7907aaf6fb33", "region": "eu-west-1"}', secret: 'api-049d6935-63d6-4502-bac7-7907aaf6fb33' },
    { text: '  ld_api_key: api-0e92543b-c8da-429f-af2b-b830cd73061f', secret: 'api-0e92543b-c8da-429f-af2b-b830cd73061f' },
    { text: 'export LAUNCHDARKLY_ACCESS_TOKEN="api-1e6e3c8a-1857-4cb4-b101-41adc1e23d22"', secret: 'api-1e6e3c8a-1857-4cb4-b101-41adc1e23d22' },
    { text: 'const ldApiKey = \'api-370ea328-253d-4a97-8780-4ee40aa63581\';', secret: 'api-370ea328-253d-4a97-8780-4ee40aa63581' },
  ],
  negative: [
    'LAUNCHDARKLY_ACCESS_TOKEN=api-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LAUNCHDARKLY_ACCESS_TOKEN=<your-launchdarkly-api-key>',
    'LAUNCHDARKLY_ACCESS_TOKEN=${LAUNCHDARKLY_ACCESS_TOKEN}',
    'LAUNCHDARKLY_ACCESS_TOKEN=api-fa3ea6cf-390e-4906-9813-d6d160dc9',
    'LAUNCHDARKLY_ACCESS_TOKEN=api-b60bad33-f0ed-48c9-a2f8-e13e4ae6b7d4Vyd',
  ],
};
export default fixtures;
