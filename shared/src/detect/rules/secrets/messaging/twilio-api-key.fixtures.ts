import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'SK68beadfffdb9452ed5984bee2dcef5e5',
    { text: 'TWILIO_API_KEY=SKb6d9c32044c240ed3cb0f94ed5c2d1a4', secret: 'SKb6d9c32044c240ed3cb0f94ed5c2d1a4' },
    { text: '{"twilio_api_key": "SKcb6547573911b53ed8767cf6f5ce5dba"}', secret: 'SKcb6547573911b53ed8767cf6f5ce5dba' },
    { text: 'twilio_api_key: SKaa1f4f1201d93bf309fffde9bdec1a51', secret: 'SKaa1f4f1201d93bf309fffde9bdec1a51' },
    { text: 'export TWILIO_API_KEY="SK187155f7f75869210552e5c50c75cb7d"', secret: 'SK187155f7f75869210552e5c50c75cb7d' },
    { text: 'const twilioApiKey = \'SK76ff90d57e4e028f8c198b8fe72567fb\';', secret: 'SK76ff90d57e4e028f8c198b8fe72567fb' },
    'SKD787CA638A51AEC9A16067AF32F5ADEB',
    { text: 'TWILIO_API_KEY="SK0cF24Cb91b33fa0d4d9Ff177DaC2EB1f"', secret: 'SK0cF24Cb91b33fa0d4d9Ff177DaC2EB1f' },
  ],
  negative: [
    'TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TWILIO_API_KEY=${TWILIO_API_KEY}',
    'TWILIO_API_KEY=<your-twilio-api-key>',
    'TWILIO_API_KEY=SK59e68b6fbd144f8363e9b1a332de7359359',
    'TWILIO_API_KEY=SK59e68b6fbd144f8363e9b1a332de7',
  ],
};
export default fixtures;
