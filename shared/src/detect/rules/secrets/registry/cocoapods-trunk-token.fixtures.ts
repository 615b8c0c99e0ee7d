import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'COCOAPODS_TRUNK_TOKEN=1b32cd290bb19cfc54c585cca687d776', secret: '1b32cd290bb19cfc54c585cca687d776' },
    { text: '{"cocoapods_trunk_token": "443ef13893e3d896dbfcdaac2481bde3", "region": "eu-west-1"}', secret: '443ef13893e3d896dbfcdaac2481bde3' },
    { text: '  cocoapods_trunk_token: 5b82a7e709dd4ee4c80bd59e4f899bc3', secret: '5b82a7e709dd4ee4c80bd59e4f899bc3' },
    { text: 'export COCOAPODS_TRUNK_TOKEN="70ec8e34de674e5bbf4166d5f3c5e619"', secret: '70ec8e34de674e5bbf4166d5f3c5e619' },
    { text: 'const cocoapodsTrunkToken = \'19381d54e87a863a8b5c7f885629a5a8\';', secret: '19381d54e87a863a8b5c7f885629a5a8' },
  ],
  negative: [
    'COCOAPODS_TRUNK_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'COCOAPODS_TRUNK_TOKEN=<your-cocoapods-trunk-token>',
    'COCOAPODS_TRUNK_TOKEN=${COCOAPODS_TRUNK_TOKEN}',
    'COCOAPODS_TRUNK_TOKEN=2f7e6db5ed650e6faf3dc3324fb41',
    'COCOAPODS_TRUNK_TOKEN=54e82a0e79cc59bee16b59fb8ced6b6cn7x',
    'checksum: 1ec26c2a8460fa6dfdfbdf7bbeca905c',
    'const ref = "c14ce2b24d316b16ad2b43c568e962f6";',
  ],
};
export default fixtures;
