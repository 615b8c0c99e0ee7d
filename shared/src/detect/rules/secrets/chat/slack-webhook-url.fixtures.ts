import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://hooks.slack.com/services/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', secret: 'hooks.slack.com/services/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' },
    { text: 'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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', secret: 'hooks.slack.com/services/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' },
    { text: '{"slack_webhook_url": "https://hooks.slack.com/services/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"}', secret: 'hooks.slack.com/services/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' },
    { text: 'slack_webhook_url: https://hooks.slack.com/services/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', secret: 'hooks.slack.com/services/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' },
    { text: 'export SLACK_WEBHOOK_URL="https://hooks.slack.com/services/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"', secret: 'hooks.slack.com/services/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' },
    { text: 'const slackWebhookUrl = \'https://hooks.slack.com/services/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\';', secret: 'hooks.slack.com/services/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' },
  ],
  negative: [
    'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/xxxxxxxxxxx/xxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxx',
    'SLACK_WEBHOOK_URL=${SLACK_WEBHOOK_URL}',
    'SLACK_WEBHOOK_URL=<your-slack-webhook-url>',
    'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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ra8',
    'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TET33Q94X9M/BY9ZIVJJKW5/ILwXh09TPH1abcknaosgq',
  ],
};
export default fixtures;
