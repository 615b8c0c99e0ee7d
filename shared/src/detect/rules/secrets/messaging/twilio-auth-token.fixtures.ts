import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'TWILIO_AUTH_TOKEN=9011e079fa572847cd6c10184ee2fe26', secret: '9011e079fa572847cd6c10184ee2fe26' },
    { text: '{"twilio_auth_token": "7c0ca66a16d007636b346002ebb272d4"}', secret: '7c0ca66a16d007636b346002ebb272d4' },
    { text: 'twilio_auth_token: bfd527aef9cc9b6809c03cadca7c8007', secret: 'bfd527aef9cc9b6809c03cadca7c8007' },
    { text: 'export TWILIO_AUTH_TOKEN="2c557c3e4deb367e939bac339cc809a1"', secret: '2c557c3e4deb367e939bac339cc809a1' },
    { text: 'const twilioAuthToken = \'18c4fb59907c1e464c85f9d82d32b747\';', secret: '18c4fb59907c1e464c85f9d82d32b747' },
  ],
  negative: [
    'TWILIO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}',
    'TWILIO_AUTH_TOKEN=<your-twilio-auth-token>',
    '"etag": "02ef83e582756053c3c0769de1acf9cc"',
    'TWILIO_AUTH_TOKEN=02ef83e582756053c3c0769de1acf9cc9cc',
    'TWILIO_AUTH_TOKEN=02ef83e582756053c3c0769de1acf',
    'auth_token: 3f8329e3ebd4f77aac2a1669033644ff',
  ],
};
export default fixtures;
