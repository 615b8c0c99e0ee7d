import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DD_APP_KEY=6710163725a78218ae011c141a08a1f7982350c0', secret: '6710163725a78218ae011c141a08a1f7982350c0' },
    { text: '{"dd_app_key": "67bc609c9dba539c27d2635018d2383cffed5189"}', secret: '67bc609c9dba539c27d2635018d2383cffed5189' },
    { text: 'dd_app_key: 5e3e8a471cc834b5606e632a165acf337c05fcd5', secret: '5e3e8a471cc834b5606e632a165acf337c05fcd5' },
    { text: 'export DD_APP_KEY="18b921ba03ef5e809ddde796a3aafe82ace0b850"', secret: '18b921ba03ef5e809ddde796a3aafe82ace0b850' },
    { text: 'const ddAppKey = \'02b82a907dbae3108b99f41b5a38a99c39c60ddd\';', secret: '02b82a907dbae3108b99f41b5a38a99c39c60ddd' },
  ],
  negative: [
    'DD_APP_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DD_APP_KEY=${DD_APP_KEY}',
    'DD_APP_KEY=<your-datadog-app-key>',
    '"etag": "4390492478c57ccec6782ca716621cbc2af414cb"',
    'DD_APP_KEY=4390492478c57ccec6782ca716621cbc2af414cb4cb',
    'DD_APP_KEY=4390492478c57ccec6782ca716621cbc2af41',
    'sha = "7968b150bd4dd46cc256ef84757f7fa2dc40e062"',
  ],
};
export default fixtures;
