import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'HEROKU_API_KEY=51c2de91-8e4f-49c2-861d-c0cbb60fb8e3', secret: '51c2de91-8e4f-49c2-861d-c0cbb60fb8e3' },
    { text: '{"heroku_api_key": "212c273c-f553-4583-8df2-a2785c5d0b3b", "region": "eu-west-1"}', secret: '212c273c-f553-4583-8df2-a2785c5d0b3b' },
    { text: '  heroku_api_key: 79610884-796a-4dd1-b915-b23d4180d455', secret: '79610884-796a-4dd1-b915-b23d4180d455' },
    { text: 'export HEROKU_API_KEY="ce7a896c-85b3-4b83-b9cf-b62e6ea51152"', secret: 'ce7a896c-85b3-4b83-b9cf-b62e6ea51152' },
    { text: 'const herokuApiKey = \'97a7da1b-3448-45ce-b3c6-64e58afb63ce\';', secret: '97a7da1b-3448-45ce-b3c6-64e58afb63ce' },
  ],
  negative: [
    'HEROKU_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'HEROKU_API_KEY=<your-heroku-api-key-legacy>',
    'HEROKU_API_KEY=${HEROKU_API_KEY}',
    'HEROKU_API_KEY=a79ef98a-ed06-4e03-9058-13b6199c4',
    'HEROKU_API_KEY=5f5da2ac-9098-4ef2-95d6-422f6c4d80d1vcW',
    'checksum: bcf6ddae-caf4-46e3-acd5-4820303dc5f4',
    'const ref = "69a45ff6-36b9-495a-b22e-58f7c2bad3bf";',
  ],
};
export default fixtures;
