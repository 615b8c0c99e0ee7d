import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ROLLBAR_ACCESS_TOKEN=db8b075cb720a69c9e31523e9140d890', secret: 'db8b075cb720a69c9e31523e9140d890' },
    { text: '{"rollbar_access_token": "e89fbd1daf4a6c49b4cb736ccd80cded"}', secret: 'e89fbd1daf4a6c49b4cb736ccd80cded' },
    { text: 'rollbar_access_token: 50cd65752ca8f56455905a405f1a3014', secret: '50cd65752ca8f56455905a405f1a3014' },
    { text: 'export ROLLBAR_ACCESS_TOKEN="0e7e4df96b797997987841de813ab451"', secret: '0e7e4df96b797997987841de813ab451' },
    { text: 'const rollbarAccessToken = \'778fe2b7f721942bb9fb181bd44900e4\';', secret: '778fe2b7f721942bb9fb181bd44900e4' },
  ],
  negative: [
    'ROLLBAR_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ROLLBAR_ACCESS_TOKEN=${ROLLBAR_ACCESS_TOKEN}',
    'ROLLBAR_ACCESS_TOKEN=<your-rollbar-access-token>',
    '"etag": "c2ff6be81c0def093f2153e436c0c72d"',
    'ROLLBAR_ACCESS_TOKEN=c2ff6be81c0def093f2153e436c0c72d72d',
    'ROLLBAR_ACCESS_TOKEN=c2ff6be81c0def093f2153e436c0c',
    'sha = "4752d42e3168e2e0d7eb75b345c22496"',
  ],
};
export default fixtures;
