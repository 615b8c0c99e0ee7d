import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'HEROKU_API_KEY=b62a039b-572d-4630-bb73-f88e36501d76', secret: 'b62a039b-572d-4630-bb73-f88e36501d76' },
    { text: '{"heroku_api_key": "b67e4672-c964-4405-bfca-8ac1bbe10385", "region": "eu-west-1"}', secret: 'b67e4672-c964-4405-bfca-8ac1bbe10385' },
    { text: '  heroku_api_key: 03f60d51-293e-4b72-8873-c355d2ab0804', secret: '03f60d51-293e-4b72-8873-c355d2ab0804' },
    { text: 'export HEROKU_API_KEY="bdaeb0b5-eb57-45c9-9e68-92b10496af1a"', secret: 'bdaeb0b5-eb57-45c9-9e68-92b10496af1a' },
    { text: 'const herokuApiKey = \'370eda45-744a-484a-b19b-692efc7f1b81\';', secret: '370eda45-744a-484a-b19b-692efc7f1b81' },
  ],
  negative: [
    'HEROKU_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'HEROKU_API_KEY=<your-heroku-api-key-legacy>',
    'HEROKU_API_KEY=${HEROKU_API_KEY}',
    'HEROKU_API_KEY=55f0d604-d1b0-43cc-9736-dd7d4f5cb',
    'HEROKU_API_KEY=7e017fae-2add-4a32-9956-e8e742893e8d8k7',
    'checksum: 88e850a1-ec4f-401b-845e-89a444e545d0',
    'const ref = "10c427cb-61d8-446a-9995-7e158c2f8967";',
  ],
};
export default fixtures;
