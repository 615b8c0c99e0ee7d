import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'NEW_RELIC_LICENSE_KEY=c0f12102a6f4879e5f2df9ef782b1e95ca149230', secret: 'c0f12102a6f4879e5f2df9ef782b1e95ca149230' },
    { text: '{"new_relic_license_key": "362481c7c7fbed4dd546f31deab1248038e05f5a"}', secret: '362481c7c7fbed4dd546f31deab1248038e05f5a' },
    { text: 'new_relic_license_key: 152b3f99f4c6e35de3d4a95a27de301b9882f065', secret: '152b3f99f4c6e35de3d4a95a27de301b9882f065' },
    { text: 'export NEW_RELIC_LICENSE_KEY="e04a399c445e7aa352df20d9585f6644b846726b"', secret: 'e04a399c445e7aa352df20d9585f6644b846726b' },
    { text: 'const newRelicLicenseKey = \'bec56fdf09c52a900c38f95eda7dbecfbbaa8715\';', secret: 'bec56fdf09c52a900c38f95eda7dbecfbbaa8715' },
  ],
  negative: [
    'NEW_RELIC_LICENSE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NEW_RELIC_LICENSE_KEY=${NEW_RELIC_LICENSE_KEY}',
    'NEW_RELIC_LICENSE_KEY=<your-newrelic-legacy-license-key>',
    '"etag": "cac097921dd034c89afa7e7ea4797a056ace645a"',
    'NEW_RELIC_LICENSE_KEY=cac097921dd034c89afa7e7ea4797a056ace645a45a',
    'NEW_RELIC_LICENSE_KEY=cac097921dd034c89afa7e7ea4797a056ace6',
    'sha = "28990519df26859438d01a747e557f9365a5811e"',
  ],
};
export default fixtures;
