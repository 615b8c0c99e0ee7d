import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'AIRTABLE_API_KEY=keyhOdohWWPZTa3C3', secret: 'keyhOdohWWPZTa3C3' },
    { text: '{"airtable_api_key": "keyslFA8xrFoPD2sg"}', secret: 'keyslFA8xrFoPD2sg' },
    { text: 'airtable_api_key: keyMemF1JrLbrDLZr', secret: 'keyMemF1JrLbrDLZr' },
    { text: 'export AIRTABLE_API_KEY="keyEtxQ2TPag1BQJ7"', secret: 'keyEtxQ2TPag1BQJ7' },
    { text: 'const airtableApiKey = \'keyXhtfQy2Ax9n6pp\';', secret: 'keyXhtfQy2Ax9n6pp' },
  ],
  negative: [
    'AIRTABLE_API_KEY=keyxxxxxxxxxxxxxx',
    'AIRTABLE_API_KEY=${AIRTABLE_API_KEY}',
    'AIRTABLE_API_KEY=<your-airtable-api-key>',
    '"etag": "keyvF9F7kZSaBefCZ"',
    'AIRTABLE_API_KEY=keyvF9F7kZSaBefCZfCZ',
    'AIRTABLE_API_KEY=keyvF9F7kZSaBe',
    'api_key: key6S73yliPeSfzJp',
  ],
};
export default fixtures;
