import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'NEW_RELIC_LICENSE_KEY=0c3b9a04178ad9a42d90d0a38798d3abc7ae5a41', secret: '0c3b9a04178ad9a42d90d0a38798d3abc7ae5a41' },
    { text: '{"new_relic_license_key": "0d64b8f14659679e06657d4b4f405fa40fbf8aea"}', secret: '0d64b8f14659679e06657d4b4f405fa40fbf8aea' },
    { text: 'new_relic_license_key: 07df5d98f744e0be6c7e32a35ef7d62cbd498537', secret: '07df5d98f744e0be6c7e32a35ef7d62cbd498537' },
    { text: 'export NEW_RELIC_LICENSE_KEY="07635bae80b607877463c7923eadac3b8d5d9f5a"', secret: '07635bae80b607877463c7923eadac3b8d5d9f5a' },
  ],
  negative: [
    'NEW_RELIC_LICENSE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NEW_RELIC_LICENSE_KEY=${NEW_RELIC_LICENSE_KEY}',
    'NEW_RELIC_LICENSE_KEY=<your-newrelic-legacy-license-key>',
    '"etag": "54605adec5ac8c2cdd3e6a109dfc21a025e9c875"',
    'NEW_RELIC_LICENSE_KEY=54605adec5ac8c2cdd3e6a109dfc21a025e9c875875',
    'NEW_RELIC_LICENSE_KEY=54605adec5ac8c2cdd3e6a109dfc21a025e9c',
    'sha = "1dc6c53fa92dfd91e76994f644a2a44e41d8a62b"',
  ],
};
export default fixtures;
