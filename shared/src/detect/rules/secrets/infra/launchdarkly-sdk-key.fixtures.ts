import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sdk-a61b8ea9-7bed-4e13-b80f-bdc881874687',
    { text: 'LAUNCHDARKLY_SDK_KEY=sdk-7a7e9fc3-e1e4-4dce-9d14-20ae8c8de88c', secret: 'sdk-7a7e9fc3-e1e4-4dce-9d14-20ae8c8de88c' },
    { text: '{"ld_sdk_key": "sdk-cb53111d-b64f-45b2-86be-d7aaff46717e", "region": "eu-west-1"}', secret: 'sdk-cb53111d-b64f-45b2-86be-d7aaff46717e' },
    { text: '  ld_sdk_key: sdk-2779e799-5fca-4e3d-8d72-410c7b5bb02a', secret: 'sdk-2779e799-5fca-4e3d-8d72-410c7b5bb02a' },
    { text: 'export LAUNCHDARKLY_SDK_KEY="sdk-a8503970-09af-44df-98fe-34d590deb6f6"', secret: 'sdk-a8503970-09af-44df-98fe-34d590deb6f6' },
    { text: 'const ldSdkKey = \'sdk-cfaf088c-156d-4bc6-88f4-503971b3496d\';', secret: 'sdk-cfaf088c-156d-4bc6-88f4-503971b3496d' },
  ],
  negative: [
    'LAUNCHDARKLY_SDK_KEY=sdk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LAUNCHDARKLY_SDK_KEY=<your-launchdarkly-sdk-key>',
    'LAUNCHDARKLY_SDK_KEY=${LAUNCHDARKLY_SDK_KEY}',
    'LAUNCHDARKLY_SDK_KEY=sdk-17dcbbd2-2d0d-47ef-83e3-4315243e6',
    'LAUNCHDARKLY_SDK_KEY=sdk-bc4c10b3-8635-48d4-b8e2-de19acd61546vzD',
  ],
};
export default fixtures;
