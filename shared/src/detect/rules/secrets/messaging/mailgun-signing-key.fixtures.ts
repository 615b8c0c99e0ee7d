import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MAILGUN_WEBHOOK_SIGNING_KEY=6a54ed3c2540bacc95ff508facc78568', secret: '6a54ed3c2540bacc95ff508facc78568' },
    { text: '{"mailgun_webhook_signing_key": "74c3302cb5a3e8b5aad04b74c7cac08c"}', secret: '74c3302cb5a3e8b5aad04b74c7cac08c' },
    { text: 'mailgun_webhook_signing_key: c104dd593a7b5ea749d123af773a391a', secret: 'c104dd593a7b5ea749d123af773a391a' },
    { text: 'export MAILGUN_WEBHOOK_SIGNING_KEY="7b35631557b3c6aa8f8d46500059834d"', secret: '7b35631557b3c6aa8f8d46500059834d' },
    { text: 'const mailgunWebhookSigningKey = \'6e4e78b9be26db9e8a57b6ea5bf62a2d\';', secret: '6e4e78b9be26db9e8a57b6ea5bf62a2d' },
  ],
  negative: [
    'MAILGUN_WEBHOOK_SIGNING_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MAILGUN_WEBHOOK_SIGNING_KEY=${MAILGUN_WEBHOOK_SIGNING_KEY}',
    'MAILGUN_WEBHOOK_SIGNING_KEY=<your-mailgun-signing-key>',
    '"etag": "54052e1671df70a05a02404a2a415ce7"',
    'MAILGUN_WEBHOOK_SIGNING_KEY=54052e1671df70a05a02404a2a415ce7ce7',
    'MAILGUN_WEBHOOK_SIGNING_KEY=54052e1671df70a05a02404a2a415',
    'sha = "9bfc6f630ced8b2adf167507ab4143ff"',
  ],
};
export default fixtures;
