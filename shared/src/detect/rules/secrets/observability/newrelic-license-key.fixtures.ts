import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'eu01xx7df87e4be19cf6600cc923bc75b308NRAL',
    { text: 'NEW_RELIC_LICENSE_KEY=eu01xx7c2f1a63b1dce949c0ff202ec0f143NRAL', secret: 'eu01xx7c2f1a63b1dce949c0ff202ec0f143NRAL' },
    { text: '{"new_relic_license_key": "eu01xxdb4bd3a9ad1c8f8bd2e0dd0243c0e5NRAL"}', secret: 'eu01xxdb4bd3a9ad1c8f8bd2e0dd0243c0e5NRAL' },
    { text: 'new_relic_license_key: eu01xx3b04b69d643f7b9eb7b29594a0a777NRAL', secret: 'eu01xx3b04b69d643f7b9eb7b29594a0a777NRAL' },
    { text: 'export NEW_RELIC_LICENSE_KEY="eu01xx937f8080ffcf1684f4647120c91aedNRAL"', secret: 'eu01xx937f8080ffcf1684f4647120c91aedNRAL' },
    { text: 'const newRelicLicenseKey = \'eu01xx6c358c3445d63df5ef7ae01f9e12efNRAL\';', secret: 'eu01xx6c358c3445d63df5ef7ae01f9e12efNRAL' },
  ],
  negative: [
    'NEW_RELIC_LICENSE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NEW_RELIC_LICENSE_KEY=${NEW_RELIC_LICENSE_KEY}',
    'NEW_RELIC_LICENSE_KEY=<your-newrelic-license-key>',
    'NEW_RELIC_LICENSE_KEY=eu01xxd291624719e3d6ca8330fc66f8e2abNRALRAL',
    'NEW_RELIC_LICENSE_KEY=eu01xxd291624719e3d6ca8330fc66f8e2abN',
  ],
};
export default fixtures;
