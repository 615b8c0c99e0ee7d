import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://hooks.slack.com/triggers/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', secret: 'hooks.slack.com/triggers/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' },
    { text: 'SLACK_WORKFLOW_WEBHOOK=https://hooks.slack.com/triggers/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', secret: 'hooks.slack.com/triggers/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' },
    { text: '{"slack_workflow_webhook": "https://hooks.slack.com/triggers/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"}', secret: 'hooks.slack.com/triggers/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' },
    { text: 'slack_workflow_webhook: https://hooks.slack.com/triggers/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', secret: 'hooks.slack.com/triggers/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' },
    { text: 'export SLACK_WORKFLOW_WEBHOOK="https://hooks.slack.com/triggers/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"', secret: 'hooks.slack.com/triggers/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' },
    { text: 'const slackWorkflowWebhook = \'https://hooks.slack.com/triggers/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\';', secret: 'hooks.slack.com/triggers/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' },
  ],
  negative: [
    'SLACK_WORKFLOW_WEBHOOK=https://xxxxx.xxxxx.xxx/xxxxxxxx/xxxxxxxxxxx/xxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SLACK_WORKFLOW_WEBHOOK=${SLACK_WORKFLOW_WEBHOOK}',
    'SLACK_WORKFLOW_WEBHOOK=<your-slack-workflow-webhook-url>',
    'SLACK_WORKFLOW_WEBHOOK=https://hooks.slack.com/triggers/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',
  ],
};
export default fixtures;
