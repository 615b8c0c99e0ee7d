import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'eu01xx397a09930161f8e56c3e032296bd5aNRAL',
    { text: 'NEW_RELIC_LICENSE_KEY=eu01xx7f1cd37e6778524cddca59b40730cfNRAL', secret: 'eu01xx7f1cd37e6778524cddca59b40730cfNRAL' },
    { text: '{"new_relic_license_key": "eu01xxb70d2cef1da565d705ae7c36a3df27NRAL"}', secret: 'eu01xxb70d2cef1da565d705ae7c36a3df27NRAL' },
    { text: 'new_relic_license_key: eu01xx97f1d1eee3b12bda56e343a3f22acdNRAL', secret: 'eu01xx97f1d1eee3b12bda56e343a3f22acdNRAL' },
    { text: 'export NEW_RELIC_LICENSE_KEY="eu01xxd73acd6674935b4896293012d739bcNRAL"', secret: 'eu01xxd73acd6674935b4896293012d739bcNRAL' },
    { text: 'const newRelicLicenseKey = \'eu01xx0624645611bc07ef8b90142e518ba6NRAL\';', secret: 'eu01xx0624645611bc07ef8b90142e518ba6NRAL' },
  ],
  negative: [
    'NEW_RELIC_LICENSE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NEW_RELIC_LICENSE_KEY=${NEW_RELIC_LICENSE_KEY}',
    'NEW_RELIC_LICENSE_KEY=<your-newrelic-license-key>',
    'NEW_RELIC_LICENSE_KEY=eu01xx188f49cd7c558d8c4a4b6b29296377NRALRAL',
    'NEW_RELIC_LICENSE_KEY=eu01xx188f49cd7c558d8c4a4b6b29296377N',
  ],
};
export default fixtures;
