import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LAUNCHDARKLY_MOBILE_KEY=mob-2afc1639-89c3-4c13-a2cf-c9e5637d9ece', secret: 'mob-2afc1639-89c3-4c13-a2cf-c9e5637d9ece' },
    { text: '{"ld_mobile_key": "mob-c8090284-f16f-4846-ba19-9d3cc9f4abfd", "region": "eu-west-1"}', secret: 'mob-c8090284-f16f-4846-ba19-9d3cc9f4abfd' },
    { text: '  ld_mobile_key: mob-578a3866-91ba-40dd-8f19-f8d952f2f278', secret: 'mob-578a3866-91ba-40dd-8f19-f8d952f2f278' },
    { text: 'export LAUNCHDARKLY_MOBILE_KEY="mob-ca30de7d-e30c-46c4-9a88-6113e98f89b4"', secret: 'mob-ca30de7d-e30c-46c4-9a88-6113e98f89b4' },
    { text: 'const ldMobileKey = \'mob-e3fcce7f-229b-4b38-a6d6-e7966ef087bc\';', secret: 'mob-e3fcce7f-229b-4b38-a6d6-e7966ef087bc' },
  ],
  negative: [
    'LAUNCHDARKLY_MOBILE_KEY=mob-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LAUNCHDARKLY_MOBILE_KEY=<your-launchdarkly-mobile-key>',
    'LAUNCHDARKLY_MOBILE_KEY=${LAUNCHDARKLY_MOBILE_KEY}',
    'LAUNCHDARKLY_MOBILE_KEY=mob-503b8c54-c7d3-4610-8288-db014f6f5',
    'LAUNCHDARKLY_MOBILE_KEY=mob-625a5bc2-936c-4ba5-8dd7-409e8939e0e1x6Y',
    'x-request-id: mob-10ebfe79-40b1-41e5-b6b3-2c43ca24baaf',
  ],
};
export default fixtures;
