import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DD_APP_KEY=e7897f89dedb49db1700e309afb9e1f0ebcd8d99', secret: 'e7897f89dedb49db1700e309afb9e1f0ebcd8d99' },
    { text: '{"dd_app_key": "022ba72b8480c82a25e8accc2c46328f9ea2b354"}', secret: '022ba72b8480c82a25e8accc2c46328f9ea2b354' },
    { text: 'dd_app_key: 3bf26381ac6d1132a394fe6e03ed74b38be5aa6e', secret: '3bf26381ac6d1132a394fe6e03ed74b38be5aa6e' },
    { text: 'export DD_APP_KEY="e93f008df963ab81cdda1ebf64f305249582571f"', secret: 'e93f008df963ab81cdda1ebf64f305249582571f' },
    { text: 'const ddAppKey = \'56f72f1ce04e9d51e7127f6561ab2322652eb36c\';', secret: '56f72f1ce04e9d51e7127f6561ab2322652eb36c' },
  ],
  negative: [
    'DD_APP_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DD_APP_KEY=${DD_APP_KEY}',
    'DD_APP_KEY=<your-datadog-app-key>',
    '"etag": "4969581123126b49709ec5798c256bb83d879848"',
    'DD_APP_KEY=4969581123126b49709ec5798c256bb83d879848848',
    'DD_APP_KEY=4969581123126b49709ec5798c256bb83d879',
    'sha = "f85122969897661b75f6d4e4714b58f28965bf77"',
  ],
};
export default fixtures;
