import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'glft-wBQ3_y8qHg6_idRlX6Ln',
    { text: 'GITLAB_FEED_TOKEN=glft-cadc7zeV3l4vL_aeX45T', secret: 'glft-cadc7zeV3l4vL_aeX45T' },
    { text: '{"feed_token": "glft-jUQC2_j2k7GTZCnGcMDQ", "region": "eu-west-1"}', secret: 'glft-jUQC2_j2k7GTZCnGcMDQ' },
    { text: '  feed_token: glft-MRP8q4q-V35ffWdusFP1', secret: 'glft-MRP8q4q-V35ffWdusFP1' },
    { text: 'export GITLAB_FEED_TOKEN="glft-Om4xU7vYrs6cAXpuV5tn"', secret: 'glft-Om4xU7vYrs6cAXpuV5tn' },
    { text: 'const feedToken = \'glft-EHKejjvKKd3TrL9p2dD4\';', secret: 'glft-EHKejjvKKd3TrL9p2dD4' },
  ],
  negative: [
    'GITLAB_FEED_TOKEN=glft-xxxxxxxxxxxxxxxxxxxx',
    'GITLAB_FEED_TOKEN=<your-gitlab-feed-token>',
    'GITLAB_FEED_TOKEN=${GITLAB_FEED_TOKEN}',
    'glft- tokens are revoked on rotation',
    'GITLAB_FEED_TOKEN=glft-COLcn5xW8xj1',
  ],
};
export default fixtures;
