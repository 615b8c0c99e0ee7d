import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'api-xnr7ibg9dmb46tk3avl16zjg869u',
    { text: 'CONDUIT_TOKEN=api-h3q672inq8pp9osj2v95m35k2b36', secret: 'api-h3q672inq8pp9osj2v95m35k2b36' },
    { text: '{"conduit_token": "api-ejotetl8ilwrpm525nl9c4o8za4y", "region": "eu-west-1"}', secret: 'api-ejotetl8ilwrpm525nl9c4o8za4y' },
    { text: '  conduit_token: api-55zgkuv66op6tk7dwa5dqzhsj7mz', secret: 'api-55zgkuv66op6tk7dwa5dqzhsj7mz' },
    { text: 'export CONDUIT_TOKEN="api-34un3rgwrsy3nciwi5jhn3xwo1w0"', secret: 'api-34un3rgwrsy3nciwi5jhn3xwo1w0' },
    { text: 'const conduitToken = \'api-za6dncqct8sml9yl1bmp16g1co01\';', secret: 'api-za6dncqct8sml9yl1bmp16g1co01' },
  ],
  negative: [
    'CONDUIT_TOKEN=api-xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CONDUIT_TOKEN=<your-phabricator-conduit-token>',
    'CONDUIT_TOKEN=${CONDUIT_TOKEN}',
    'CONDUIT_TOKEN=api-vd6nuf0uhmftj3kj9fgqq9d7b',
    'CONDUIT_TOKEN=api-indgc3l9mj92x0vtqw2tt8xia5fhzTD',
    'see api-documentationgeneratorforjava here',
    'container: api-7fc1c03d5f3a2b1c9d8e7f6a5b4c',
  ],
};
export default fixtures;
