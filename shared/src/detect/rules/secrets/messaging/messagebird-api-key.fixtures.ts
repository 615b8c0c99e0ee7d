import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MESSAGEBIRD_API_KEY=tCu2TX1jEyEu2iJN3RPruZAuR', secret: 'tCu2TX1jEyEu2iJN3RPruZAuR' },
    { text: '{"messagebird_api_key": "ctQauDGyEmJ9JncgIIF50hwMW"}', secret: 'ctQauDGyEmJ9JncgIIF50hwMW' },
    { text: 'messagebird_api_key: 6ftAo17oqncyvl0odVbAMibHS', secret: '6ftAo17oqncyvl0odVbAMibHS' },
    { text: 'export MESSAGEBIRD_API_KEY="veh2zZSUOtAx9sRBs48qCp8CV"', secret: 'veh2zZSUOtAx9sRBs48qCp8CV' },
    { text: 'const messagebirdApiKey = \'pmZ2NVexaPgziJHmRXsp4Avh9\';', secret: 'pmZ2NVexaPgziJHmRXsp4Avh9' },
  ],
  negative: [
    'MESSAGEBIRD_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxx',
    'MESSAGEBIRD_API_KEY=${MESSAGEBIRD_API_KEY}',
    'MESSAGEBIRD_API_KEY=<your-messagebird-api-key>',
    '"etag": "s2mpilrOGUVzzqxQD0PxVyLb6"',
    'MESSAGEBIRD_API_KEY=s2mpilrOGUVzzqxQD0PxVyLb6Lb6',
    'MESSAGEBIRD_API_KEY=s2mpilrOGUVzzqxQD0PxVy',
    'access_key=1HAU1Z2TO1FOALjnNn7yyzjHY',
  ],
};
export default fixtures;
