import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://hooks.slack.com/services/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', secret: 'hooks.slack.com/services/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' },
    { text: 'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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', secret: 'hooks.slack.com/services/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' },
    { text: '{"slack_webhook_url": "https://hooks.slack.com/services/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"}', secret: 'hooks.slack.com/services/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' },
    { text: 'slack_webhook_url: https://hooks.slack.com/services/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', secret: 'hooks.slack.com/services/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' },
    { text: 'export SLACK_WEBHOOK_URL="https://hooks.slack.com/services/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"', secret: 'hooks.slack.com/services/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' },
    { text: 'const slackWebhookUrl = \'https://hooks.slack.com/services/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\';', secret: 'hooks.slack.com/services/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' },
    { text: 'webhook: https://hooks.slack.com/services/TO22XRV8C/B29YSHHE/4VG2v76A1pkVSlRGoq3NTgI0', secret: 'hooks.slack.com/services/TO22XRV8C/B29YSHHE/4VG2v76A1pkVSlRGoq3NTgI0' },
    'hooks.slack.com/services/gGe8eA2HoRuaQTdn4X9IiIz04ZagEz2bnQpEokacopF3',
    { text: 'https://hooks.slack.com/services/80BrV0aP1yCmCVfeFdY4LP5uqEfoO2jLwlabEjaqz8qily', secret: 'hooks.slack.com/services/80BrV0aP1yCmCVfeFdY4LP5uqEfoO2jLwlabEjaqz8qily' },
  ],
  negative: [
    'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/xxxxxxxxxxx/xxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxx',
    'SLACK_WEBHOOK_URL=${SLACK_WEBHOOK_URL}',
    'SLACK_WEBHOOK_URL=<your-slack-webhook-url>',
    'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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4jw',
    'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TVK2MUFI4ZB/BICO8RAINTQ/eXuGKPzmssdx941XyvILK',
  ],
};
export default fixtures;
