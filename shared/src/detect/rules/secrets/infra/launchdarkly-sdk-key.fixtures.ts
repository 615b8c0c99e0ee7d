import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LAUNCHDARKLY_SDK_KEY=sdk-e1fa06a1-e2af-4edf-9963-c62516d502cb', secret: 'sdk-e1fa06a1-e2af-4edf-9963-c62516d502cb' },
    { text: '{"ld_sdk_key": "sdk-4719d51a-4c8d-4765-a26f-5a1685c4b70c", "region": "eu-west-1"}', secret: 'sdk-4719d51a-4c8d-4765-a26f-5a1685c4b70c' },
    { text: '  ld_sdk_key: sdk-98c550c5-1156-4a25-8a5a-f7aecd7df79b', secret: 'sdk-98c550c5-1156-4a25-8a5a-f7aecd7df79b' },
    { text: 'export LAUNCHDARKLY_SDK_KEY="sdk-aa8501b5-5f0a-459c-81f9-3cbe8c3e967b"', secret: 'sdk-aa8501b5-5f0a-459c-81f9-3cbe8c3e967b' },
    { text: 'const ldSdkKey = \'sdk-7d2bcf1a-2fcb-46a2-891b-83cc3cc8f6d2\';', secret: 'sdk-7d2bcf1a-2fcb-46a2-891b-83cc3cc8f6d2' },
  ],
  negative: [
    'LAUNCHDARKLY_SDK_KEY=sdk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LAUNCHDARKLY_SDK_KEY=<your-launchdarkly-sdk-key>',
    'LAUNCHDARKLY_SDK_KEY=${LAUNCHDARKLY_SDK_KEY}',
    'LAUNCHDARKLY_SDK_KEY=sdk-f1282ba0-8c34-49fe-853d-2c194ba8f',
    'LAUNCHDARKLY_SDK_KEY=sdk-d14f884c-3c0d-4188-baa2-18c9343955fdhhG',
    'x-request-id: sdk-99f41156-9461-4cfa-9175-e8745c541256',
  ],
};
export default fixtures;
