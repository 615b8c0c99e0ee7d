import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'pat-na1-34f15d95-edbe-4a78-92fe-0e1a1e94acdb',
    { text: 'HUBSPOT_ACCESS_TOKEN=pat-na1-419a705c-92b7-4cd0-b1dd-e5a1ebc120ce', secret: 'pat-na1-419a705c-92b7-4cd0-b1dd-e5a1ebc120ce' },
    { text: '{"hubspot_access_token": "pat-na1-1aae42dd-05b1-493f-b3c4-bbe60e83fa79"}', secret: 'pat-na1-1aae42dd-05b1-493f-b3c4-bbe60e83fa79' },
    { text: 'hubspot_access_token: pat-na1-cad45b4b-6564-4e6c-94df-398359e39042', secret: 'pat-na1-cad45b4b-6564-4e6c-94df-398359e39042' },
    { text: 'export HUBSPOT_ACCESS_TOKEN="pat-na1-2e63a52e-d805-4f5b-888c-23bcd951759a"', secret: 'pat-na1-2e63a52e-d805-4f5b-888c-23bcd951759a' },
    { text: 'const hubspotAccessToken = \'pat-na1-17326e91-9a98-4bdc-aee0-0580ffb0db18\';', secret: 'pat-na1-17326e91-9a98-4bdc-aee0-0580ffb0db18' },
  ],
  negative: [
    'HUBSPOT_ACCESS_TOKEN=pat-xxx-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'HUBSPOT_ACCESS_TOKEN=${HUBSPOT_ACCESS_TOKEN}',
    'HUBSPOT_ACCESS_TOKEN=<your-hubspot-private-app-token>',
    'HUBSPOT_ACCESS_TOKEN=pat-na1-533dd31b-57ff-45c3-b4a9-00268f862818818',
    'HUBSPOT_ACCESS_TOKEN=pat-na1-533dd31b-57ff-45c3-b4a9-00268f862',
  ],
};
export default fixtures;
