import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'SK9e2f60cb9627dcd977cd8967c06dcc75',
    { text: 'TWILIO_API_KEY=SK163be0d2a2611a51594633a333e41566', secret: 'SK163be0d2a2611a51594633a333e41566' },
    { text: '{"twilio_api_key": "SKa607617b1e68ac4be31e07d006de9bfd"}', secret: 'SKa607617b1e68ac4be31e07d006de9bfd' },
    { text: 'twilio_api_key: SKa5d8e6fcb44095d18cd447a328a4118c', secret: 'SKa5d8e6fcb44095d18cd447a328a4118c' },
    { text: 'export TWILIO_API_KEY="SKf66015391e2eff7e8faa4be251e5a2c0"', secret: 'SKf66015391e2eff7e8faa4be251e5a2c0' },
    { text: 'const twilioApiKey = \'SK2957647583ef4950f3144429a8b612bb\';', secret: 'SK2957647583ef4950f3144429a8b612bb' },
  ],
  negative: [
    'TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TWILIO_API_KEY=${TWILIO_API_KEY}',
    'TWILIO_API_KEY=<your-twilio-api-key>',
    'TWILIO_API_KEY=SK1bfefedce81c1be8a076157420faf8d48d4',
    'TWILIO_API_KEY=SK1bfefedce81c1be8a076157420faf',
  ],
};
export default fixtures;
