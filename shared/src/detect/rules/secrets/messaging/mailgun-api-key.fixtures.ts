import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'key-e17dbbda20598a6885483adab17388f9',
    { text: 'MAILGUN_API_KEY=key-e9721b87d0c7eef563e11bda20244dc3', secret: 'key-e9721b87d0c7eef563e11bda20244dc3' },
    { text: '{"mailgun_api_key": "key-66e31ccdcf216d23c8e95bff83a4496d"}', secret: 'key-66e31ccdcf216d23c8e95bff83a4496d' },
    { text: 'mailgun_api_key: key-a594593d7dd1053e1e7882542d9e169a', secret: 'key-a594593d7dd1053e1e7882542d9e169a' },
    { text: 'export MAILGUN_API_KEY="key-13f443bf975d362027aaf8cc0558edf7"', secret: 'key-13f443bf975d362027aaf8cc0558edf7' },
    { text: 'const mailgunApiKey = \'key-1568390107b572d0f573aa8a23695079\';', secret: 'key-1568390107b572d0f573aa8a23695079' },
  ],
  negative: [
    'MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MAILGUN_API_KEY=${MAILGUN_API_KEY}',
    'MAILGUN_API_KEY=<your-mailgun-api-key>',
    'MAILGUN_API_KEY=key-bb1b2e3512ff4927bffff15b21f5b7ef7ef',
    'MAILGUN_API_KEY=key-bb1b2e3512ff4927bffff15b21f5b',
  ],
};
export default fixtures;
