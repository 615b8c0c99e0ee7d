import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'NRJS-0a87dd72c44464f2a46',
    { text: 'NEW_RELIC_API_KEY=NRJS-7207d2be9824c3c6e03', secret: 'NRJS-7207d2be9824c3c6e03' },
    { text: '{"new_relic_api_key": "NRJS-0657825be9bbcef9d95"}', secret: 'NRJS-0657825be9bbcef9d95' },
    { text: 'new_relic_api_key: NRJS-54f2c376766c9d6eb2f', secret: 'NRJS-54f2c376766c9d6eb2f' },
    { text: 'export NEW_RELIC_API_KEY="NRJS-a0a0fd031c2390faf29"', secret: 'NRJS-a0a0fd031c2390faf29' },
    { text: 'const newRelicApiKey = \'NRJS-a0d64e119ae89c31072\';', secret: 'NRJS-a0d64e119ae89c31072' },
  ],
  negative: [
    'NEW_RELIC_API_KEY=NRJS-xxxxxxxxxxxxxxxxxxx',
    'NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}',
    'NEW_RELIC_API_KEY=<your-newrelic-browser-api-key>',
    'NEW_RELIC_API_KEY=NRJS-b71503adc87d326a812812',
    'NEW_RELIC_API_KEY=NRJS-b71503adc87d326a',
  ],
};
export default fixtures;
