import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'HEX_API_KEY=57567a5f8e786ef86d7e64356101cd28', secret: '57567a5f8e786ef86d7e64356101cd28' },
    { text: '{"hex_api_key": "74e21e8c151d27d0534cf2cbd0717cb2", "region": "eu-west-1"}', secret: '74e21e8c151d27d0534cf2cbd0717cb2' },
    { text: '  hex_api_key: c9636d0cf51286580f88e9dfe5fd04f4', secret: 'c9636d0cf51286580f88e9dfe5fd04f4' },
    { text: 'export HEX_API_KEY="a7be04aaa164f6ee8cad4def43932477"', secret: 'a7be04aaa164f6ee8cad4def43932477' },
    { text: 'const hexApiKey = \'0464cf6e2633307822d0e9814b1abca8\';', secret: '0464cf6e2633307822d0e9814b1abca8' },
  ],
  negative: [
    'HEX_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'HEX_API_KEY=<your-hex-pm-api-key>',
    'HEX_API_KEY=${HEX_API_KEY}',
    'HEX_API_KEY=b76d256a82d4088f4321f309c66c9',
    'HEX_API_KEY=97837cc942728c75034acc3cd22af1d724K',
    'checksum: 03ce77f76f7a559a15bb1fcf4c7c3c33',
    'const ref = "16593deedc2f6d8731184332be7a87d1";',
  ],
};
export default fixtures;
