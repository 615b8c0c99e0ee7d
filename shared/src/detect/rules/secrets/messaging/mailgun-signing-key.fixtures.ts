import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MAILGUN_WEBHOOK_SIGNING_KEY=9d54889ca3fc34aa27c90ab03484c7b3', secret: '9d54889ca3fc34aa27c90ab03484c7b3' },
    { text: '{"mailgun_webhook_signing_key": "d85e63450762e2e280a3e227257ddbb1"}', secret: 'd85e63450762e2e280a3e227257ddbb1' },
    { text: 'mailgun_webhook_signing_key: b67774c322ff90ed98fa650680beaa8f', secret: 'b67774c322ff90ed98fa650680beaa8f' },
    { text: 'export MAILGUN_WEBHOOK_SIGNING_KEY="9a30cd0ddd1d1b7ee0c5ae97ba9cbfc8"', secret: '9a30cd0ddd1d1b7ee0c5ae97ba9cbfc8' },
    { text: 'const mailgunWebhookSigningKey = \'fc415a9459e38236ee05bb80d3db61bd\';', secret: 'fc415a9459e38236ee05bb80d3db61bd' },
  ],
  negative: [
    'MAILGUN_WEBHOOK_SIGNING_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MAILGUN_WEBHOOK_SIGNING_KEY=${MAILGUN_WEBHOOK_SIGNING_KEY}',
    'MAILGUN_WEBHOOK_SIGNING_KEY=<your-mailgun-signing-key>',
    '"etag": "fe28bdbfea121519863192d3647d3de0"',
    'MAILGUN_WEBHOOK_SIGNING_KEY=fe28bdbfea121519863192d3647d3de0de0',
    'MAILGUN_WEBHOOK_SIGNING_KEY=fe28bdbfea121519863192d3647d3',
    'sha = "42bc0844f89c1cedd05efe0a1ad297af"',
  ],
};
export default fixtures;
