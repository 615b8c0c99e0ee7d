import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'FRESHDESK_API_KEY=2KlDAiNEIDOxnLvW9cFr', secret: '2KlDAiNEIDOxnLvW9cFr' },
    { text: '{"freshdesk_api_key": "bGmTTXb17MYTA8gSuKkw"}', secret: 'bGmTTXb17MYTA8gSuKkw' },
    { text: 'freshdesk_api_key: 6bKVsRJIMHiYjQY4skHK', secret: '6bKVsRJIMHiYjQY4skHK' },
    { text: 'export FRESHDESK_API_KEY="CmbYesJT5YBXF2JB5SG5"', secret: 'CmbYesJT5YBXF2JB5SG5' },
    { text: 'const freshdeskApiKey = \'01eEApYCRniDHKSBeA1W\';', secret: '01eEApYCRniDHKSBeA1W' },
  ],
  negative: [
    'FRESHDESK_API_KEY=xxxxxxxxxxxxxxxxxxxx',
    'FRESHDESK_API_KEY=${FRESHDESK_API_KEY}',
    'FRESHDESK_API_KEY=<your-freshdesk-api-key>',
    '"etag": "EzEWABwPmD5kuZrHJoDZ"',
    'FRESHDESK_API_KEY=EzEWABwPmD5kuZrHJoDZoDZ',
    'FRESHDESK_API_KEY=EzEWABwPmD5kuZrHJ',
    'api_key=TagGFNaYFEv1Enk0YzMt',
  ],
};
export default fixtures;
