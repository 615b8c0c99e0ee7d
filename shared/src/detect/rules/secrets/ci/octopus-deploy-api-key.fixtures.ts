import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'API-4Z24C5HC41G1PJUSUF5YV90GYT8',
    { text: 'OCTOPUS_API_KEY=API-EPPZH9UPBA5QAOA07OBF31USFEM', secret: 'API-EPPZH9UPBA5QAOA07OBF31USFEM' },
    { text: '{"octopus_api_key": "API-FJ2VCXW8YMMQC18FP7ZOW11L0R2", "region": "eu-west-1"}', secret: 'API-FJ2VCXW8YMMQC18FP7ZOW11L0R2' },
    { text: '  octopus_api_key: API-2O3LEMHP9UN1MSJI8X13F73XLZJ', secret: 'API-2O3LEMHP9UN1MSJI8X13F73XLZJ' },
    { text: 'export OCTOPUS_API_KEY="API-FADPZE2OL2SJ9QDCWT89HRSX53X"', secret: 'API-FADPZE2OL2SJ9QDCWT89HRSX53X' },
    { text: 'const octopusApiKey = \'API-EIVFSXS5Y0PFTIGH0O2TGRNHSSZ\';', secret: 'API-EIVFSXS5Y0PFTIGH0O2TGRNHSSZ' },
  ],
  negative: [
    'OCTOPUS_API_KEY=API-xxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'OCTOPUS_API_KEY=<your-octopus-deploy-api-key>',
    'OCTOPUS_API_KEY=${OCTOPUS_API_KEY}',
    'API-GATEWAYINTEGRATIONSERVICES',
    'API-6JUI658MEP',
    'See https://acme-docs.notion.site/API-7423FB388DFA93EE3419300AED2E779E for the endpoints.',
  ],
};
export default fixtures;
