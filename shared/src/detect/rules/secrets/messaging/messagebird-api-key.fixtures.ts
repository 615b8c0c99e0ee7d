import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MESSAGEBIRD_API_KEY=NBWp6L8RKVCwDqWluwDBiLDEX', secret: 'NBWp6L8RKVCwDqWluwDBiLDEX' },
    { text: '{"messagebird_api_key": "vTStf6yZlP17h3uOs59yDmDPP"}', secret: 'vTStf6yZlP17h3uOs59yDmDPP' },
    { text: 'messagebird_api_key: LBzuzuwZs6cjB6kqeZjN7r7q7', secret: 'LBzuzuwZs6cjB6kqeZjN7r7q7' },
    { text: 'export MESSAGEBIRD_API_KEY="OqTp105LvYksU7yMWaipyDeFH"', secret: 'OqTp105LvYksU7yMWaipyDeFH' },
    { text: 'const messagebirdApiKey = \'HmtXdi7dmpMOukgsWbrtTAFdp\';', secret: 'HmtXdi7dmpMOukgsWbrtTAFdp' },
  ],
  negative: [
    'MESSAGEBIRD_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxx',
    'MESSAGEBIRD_API_KEY=${MESSAGEBIRD_API_KEY}',
    'MESSAGEBIRD_API_KEY=<your-messagebird-api-key>',
    '"etag": "Rn5vla9FD0yaWk1BOnLDKrAQL"',
    'MESSAGEBIRD_API_KEY=Rn5vla9FD0yaWk1BOnLDKrAQLAQL',
    'MESSAGEBIRD_API_KEY=Rn5vla9FD0yaWk1BOnLDKr',
    'access_key=KLLQU1DO5bayQWMg8juKpRJPg',
  ],
};
export default fixtures;
