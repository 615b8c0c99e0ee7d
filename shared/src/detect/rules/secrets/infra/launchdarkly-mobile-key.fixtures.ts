import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'mob-d10fed0e-b0c1-4a3e-9e70-037f31fd5906',
    { text: 'LAUNCHDARKLY_MOBILE_KEY=mob-970dd5b6-2ba2-4f80-9ca7-b6d08ef70adf', secret: 'mob-970dd5b6-2ba2-4f80-9ca7-b6d08ef70adf' },
    { text: '{"ld_mobile_key": "mob-1fc8aa1a-7f30-47d1-b9e5-84d7bae9048c", "region": "eu-west-1"}', secret: 'mob-1fc8aa1a-7f30-47d1-b9e5-84d7bae9048c' },
    { text: '  ld_mobile_key: mob-f0b3f82e-e62b-4f08-a50d-ce6fa28e2532', secret: 'mob-f0b3f82e-e62b-4f08-a50d-ce6fa28e2532' },
    { text: 'export LAUNCHDARKLY_MOBILE_KEY="mob-a2c6a315-e940-429b-b9df-75395efdad89"', secret: 'mob-a2c6a315-e940-429b-b9df-75395efdad89' },
    { text: 'const ldMobileKey = \'mob-54b8e6de-d415-4b9c-811c-8b14046fb774\';', secret: 'mob-54b8e6de-d415-4b9c-811c-8b14046fb774' },
  ],
  negative: [
    'LAUNCHDARKLY_MOBILE_KEY=mob-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LAUNCHDARKLY_MOBILE_KEY=<your-launchdarkly-mobile-key>',
    'LAUNCHDARKLY_MOBILE_KEY=${LAUNCHDARKLY_MOBILE_KEY}',
    'LAUNCHDARKLY_MOBILE_KEY=mob-8a5f11bc-f4b2-4249-95c1-c70809e51',
    'LAUNCHDARKLY_MOBILE_KEY=mob-d8e222d3-e37b-4b36-a3bc-9ffbb0219146Q2c',
  ],
};
export default fixtures;
