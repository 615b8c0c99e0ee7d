import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ALGOLIA_ADMIN_KEY=bb4498ddac31bc51dce970a9fd0892d2', secret: 'bb4498ddac31bc51dce970a9fd0892d2' },
    { text: '{"algolia_admin_api_key": "782aebcd7efbb93086475b4c486f40e8", "region": "eu-west-1"}', secret: '782aebcd7efbb93086475b4c486f40e8' },
    { text: '  algolia_admin_api_key: 6f6a78f9792ab5fbde77f2a66dcb0658', secret: '6f6a78f9792ab5fbde77f2a66dcb0658' },
    { text: 'export ALGOLIA_ADMIN_KEY="f1f3cd2770b8e5bbcbb20b1dc73cda37"', secret: 'f1f3cd2770b8e5bbcbb20b1dc73cda37' },
    { text: 'const algoliaAdminApiKey = \'03cd22155e524590018001012c12b06f\';', secret: '03cd22155e524590018001012c12b06f' },
    { text: 'const client = algoliasearch(\'ABCD1234EF\', \'8fb20c5ecccab9c64fb29fce5240641b\');', secret: '8fb20c5ecccab9c64fb29fce5240641b' },
  ],
  negative: [
    'ALGOLIA_ADMIN_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ALGOLIA_ADMIN_KEY=<your-algolia-admin-key>',
    'ALGOLIA_ADMIN_KEY=${ALGOLIA_ADMIN_KEY}',
    'ALGOLIA_ADMIN_KEY=358792982033122ff213a5defe73b',
    'ALGOLIA_ADMIN_KEY=a434bd682bde2c87e618f4cd0fda9f247RD',
    'checksum: 70b1b6d070f99a3c0064caaf43d017d0',
    'const ref = "0bd168c3e7deb7dbea71e175ff2e84da";',
    'algolia objectID: 9e7ab9f0e0a94cd6c6262d6fff79f755',
  ],
};
export default fixtures;
