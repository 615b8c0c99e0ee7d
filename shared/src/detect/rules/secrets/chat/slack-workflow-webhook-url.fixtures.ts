import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://hooks.slack.com/triggers/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', secret: 'hooks.slack.com/triggers/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' },
    { text: 'SLACK_WORKFLOW_WEBHOOK=https://hooks.slack.com/triggers/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', secret: 'hooks.slack.com/triggers/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' },
    { text: '{"slack_workflow_webhook": "https://hooks.slack.com/triggers/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"}', secret: 'hooks.slack.com/triggers/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' },
    { text: 'slack_workflow_webhook: https://hooks.slack.com/triggers/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', secret: 'hooks.slack.com/triggers/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' },
    { text: 'export SLACK_WORKFLOW_WEBHOOK="https://hooks.slack.com/triggers/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"', secret: 'hooks.slack.com/triggers/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' },
    { text: 'const slackWorkflowWebhook = \'https://hooks.slack.com/triggers/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\';', secret: 'hooks.slack.com/triggers/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' },
    'hooks.slack.com/workflows/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',
    { text: 'https://hooks.slack.com/triggers/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', secret: 'hooks.slack.com/triggers/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' },
  ],
  negative: [
    'SLACK_WORKFLOW_WEBHOOK=https://xxxxx.xxxxx.xxx/xxxxxxxx/xxxxxxxxxxx/xxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SLACK_WORKFLOW_WEBHOOK=${SLACK_WORKFLOW_WEBHOOK}',
    'SLACK_WORKFLOW_WEBHOOK=<your-slack-workflow-webhook-url>',
    'SLACK_WORKFLOW_WEBHOOK=https://hooks.slack.com/triggers/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',
  ],
};
export default fixtures;
