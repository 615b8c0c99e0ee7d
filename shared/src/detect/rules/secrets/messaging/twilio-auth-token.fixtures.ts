import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'TWILIO_AUTH_TOKEN=9be9a27ebddbdc6944e53c954346af4d', secret: '9be9a27ebddbdc6944e53c954346af4d' },
    { text: '{"twilio_auth_token": "17620d11f734f62ce598ca5b39c4b978"}', secret: '17620d11f734f62ce598ca5b39c4b978' },
    { text: 'twilio_auth_token: 97d34141ce069368b7a3b32c4155460c', secret: '97d34141ce069368b7a3b32c4155460c' },
    { text: 'export TWILIO_AUTH_TOKEN="c3c84a438267012ea99af1db3d072670"', secret: 'c3c84a438267012ea99af1db3d072670' },
    { text: 'const twilioAuthToken = \'84a9c576066cd686571826dffe281f0e\';', secret: '84a9c576066cd686571826dffe281f0e' },
  ],
  negative: [
    'TWILIO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}',
    'TWILIO_AUTH_TOKEN=<your-twilio-auth-token>',
    '"etag": "89042874d0272657dff1ebae1c552a48"',
    'TWILIO_AUTH_TOKEN=89042874d0272657dff1ebae1c552a48a48',
    'TWILIO_AUTH_TOKEN=89042874d0272657dff1ebae1c552',
    'auth_token: 0cd403ce659874127343b9bf587be82b',
  ],
};
export default fixtures;
