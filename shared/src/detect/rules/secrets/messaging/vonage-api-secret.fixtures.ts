import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'VONAGE_API_SECRET=mde5mwvOuBFa7rjI', secret: 'mde5mwvOuBFa7rjI' },
    { text: '{"vonage_api_secret": "d374Me4bhhF2jVP3"}', secret: 'd374Me4bhhF2jVP3' },
    { text: 'vonage_api_secret: gbxRNeqttx9bQODv', secret: 'gbxRNeqttx9bQODv' },
    { text: 'export VONAGE_API_SECRET="AKQ323rUhlHuwWiK"', secret: 'AKQ323rUhlHuwWiK' },
    { text: 'const vonageApiSecret = \'UxUiMYyUEL14gqW6\';', secret: 'UxUiMYyUEL14gqW6' },
  ],
  negative: [
    'VONAGE_API_SECRET=xxxxxxxxxxxxxxxx',
    'VONAGE_API_SECRET=${VONAGE_API_SECRET}',
    'VONAGE_API_SECRET=<your-vonage-api-secret>',
    '"etag": "OITgsFMND3wLYhvz"',
    'VONAGE_API_SECRET=OITgsFMND3wLYhvzhvz',
    'VONAGE_API_SECRET=OITgsFMND3wLY',
    'api_secret=8aVBVPJ7ju0bScZC',
  ],
};
export default fixtures;
