import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'pul-a800175db3a504676ce8db4fa2603a1eb56fda27',
    { text: 'PULUMI_ACCESS_TOKEN=pul-801c7d708f5f1830afc6c5845f019cd273d8ea50', secret: 'pul-801c7d708f5f1830afc6c5845f019cd273d8ea50' },
    { text: '{"pulumi_access_token": "pul-cb6fe39e22509e5ab9008f3930761851dae241e3", "region": "eu-west-1"}', secret: 'pul-cb6fe39e22509e5ab9008f3930761851dae241e3' },
    { text: '  pulumi_access_token: pul-d3fef94d13ea24a0105859854e8a36e6e147c37a', secret: 'pul-d3fef94d13ea24a0105859854e8a36e6e147c37a' },
    { text: 'export PULUMI_ACCESS_TOKEN="pul-b02bdd7984a435320ba0c374efc4de6bbde37eee"', secret: 'pul-b02bdd7984a435320ba0c374efc4de6bbde37eee' },
    { text: 'const pulumiAccessToken = \'pul-9e30b6828b5ce1af468e4b72a8b89b6c42bdc54b\';', secret: 'pul-9e30b6828b5ce1af468e4b72a8b89b6c42bdc54b' },
  ],
  negative: [
    'PULUMI_ACCESS_TOKEN=pul-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PULUMI_ACCESS_TOKEN=<your-pulumi-access-token>',
    'PULUMI_ACCESS_TOKEN=${PULUMI_ACCESS_TOKEN}',
    'PULUMI_ACCESS_TOKEN=pul-07705e7585d450032db58e7a6a37fc67a481b',
    'PULUMI_ACCESS_TOKEN=pul-e567395fbf45c099ee1ccb0038a72c660e10aed6mw7',
  ],
};
export default fixtures;
