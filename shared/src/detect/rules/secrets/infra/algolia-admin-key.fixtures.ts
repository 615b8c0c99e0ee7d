import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ALGOLIA_ADMIN_KEY=ac4b8eb85b3449a7f3b3d6e12366b19d', secret: 'ac4b8eb85b3449a7f3b3d6e12366b19d' },
    { text: '{"algolia_admin_api_key": "fbb355e4a53029a7bdc47f775e419d7a", "region": "eu-west-1"}', secret: 'fbb355e4a53029a7bdc47f775e419d7a' },
    { text: '  algolia_admin_api_key: fc953b41b3a304c2434da15a3dc2c943', secret: 'fc953b41b3a304c2434da15a3dc2c943' },
    { text: 'export ALGOLIA_ADMIN_KEY="a0496b7942669681e1f34727d01f7982"', secret: 'a0496b7942669681e1f34727d01f7982' },
    { text: 'const algoliaAdminApiKey = \'ee760fad4b56f4bad12e62d2f2946a10\';', secret: 'ee760fad4b56f4bad12e62d2f2946a10' },
  ],
  negative: [
    'ALGOLIA_ADMIN_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ALGOLIA_ADMIN_KEY=<your-algolia-admin-key>',
    'ALGOLIA_ADMIN_KEY=${ALGOLIA_ADMIN_KEY}',
    'ALGOLIA_ADMIN_KEY=1b98e8d5cb96061775de95ade11e8',
    'ALGOLIA_ADMIN_KEY=ba563bffe3c09d24cc7e9d3a592982f82kq',
    'checksum: 8dcb2caf6555ec742d2a650fcad9eb36',
    'const ref = "6a35073eb017f547083bd4a6544cee8b";',
  ],
};
export default fixtures;
