import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'eu01xxfc26ea9e0dfee8c4765e788700a093NRAL',
    { text: 'NEW_RELIC_LICENSE_KEY=eu01xx023d1cc9808a1acf193b7b49bf7038NRAL', secret: 'eu01xx023d1cc9808a1acf193b7b49bf7038NRAL' },
    { text: '{"new_relic_license_key": "eu01xx5218d137cb66b99cb05d42cc0fbaaeNRAL"}', secret: 'eu01xx5218d137cb66b99cb05d42cc0fbaaeNRAL' },
    { text: 'new_relic_license_key: eu01xxdb2cd56de24276966e9bd1b6d88810NRAL', secret: 'eu01xxdb2cd56de24276966e9bd1b6d88810NRAL' },
    { text: 'export NEW_RELIC_LICENSE_KEY="eu01xxeff5a159f6d0b3eb0cd4d8916a0f42NRAL"', secret: 'eu01xxeff5a159f6d0b3eb0cd4d8916a0f42NRAL' },
    { text: 'const newRelicLicenseKey = \'eu01xx2cc084b5f586162da5d2410aeb280fNRAL\';', secret: 'eu01xx2cc084b5f586162da5d2410aeb280fNRAL' },
  ],
  negative: [
    'NEW_RELIC_LICENSE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NEW_RELIC_LICENSE_KEY=${NEW_RELIC_LICENSE_KEY}',
    'NEW_RELIC_LICENSE_KEY=<your-newrelic-license-key>',
    'NEW_RELIC_LICENSE_KEY=eu01xx4319de61beba08dcf55620cfa05392NRALRAL',
    'NEW_RELIC_LICENSE_KEY=eu01xx4319de61beba08dcf55620cfa05392N',
  ],
};
export default fixtures;
