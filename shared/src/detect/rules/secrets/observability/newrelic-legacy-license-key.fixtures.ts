import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'NEW_RELIC_LICENSE_KEY=fca56f419ae70b78a75fce9428fd732fb4580fac', secret: 'fca56f419ae70b78a75fce9428fd732fb4580fac' },
    { text: '{"new_relic_license_key": "2d2b23ba7f48ddbe7899ce92c679626b451cd7dc"}', secret: '2d2b23ba7f48ddbe7899ce92c679626b451cd7dc' },
    { text: 'new_relic_license_key: c674c1845ec2b66a08d6be284e3458dd8d645c91', secret: 'c674c1845ec2b66a08d6be284e3458dd8d645c91' },
    { text: 'export NEW_RELIC_LICENSE_KEY="ac6c43445b405e48ef0654a27849e399a11436d6"', secret: 'ac6c43445b405e48ef0654a27849e399a11436d6' },
    { text: 'const newRelicLicenseKey = \'f6a0a39794639a597e5cb9d1c6c5460b4e0ced49\';', secret: 'f6a0a39794639a597e5cb9d1c6c5460b4e0ced49' },
  ],
  negative: [
    'NEW_RELIC_LICENSE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NEW_RELIC_LICENSE_KEY=${NEW_RELIC_LICENSE_KEY}',
    'NEW_RELIC_LICENSE_KEY=<your-newrelic-legacy-license-key>',
    '"etag": "77ddcbf65a5b9f944f19d8e102a11f736db9115f"',
    'NEW_RELIC_LICENSE_KEY=77ddcbf65a5b9f944f19d8e102a11f736db9115f15f',
    'NEW_RELIC_LICENSE_KEY=77ddcbf65a5b9f944f19d8e102a11f736db91',
    'sha = "fc2df79a809fd35afd2e94e5368fd893e6a1a3c4"',
  ],
};
export default fixtures;
