import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'glffct-mnvnOF6bTkvIugSavm3q',
    { text: 'UNLEASH_INSTANCE_ID=glffct-UF6obTU0Bcth83qAK-rx', secret: 'glffct-UF6obTU0Bcth83qAK-rx' },
    { text: '{"unleash_instance_id": "glffct-V1aN9A6zu3ObopGtM73z", "region": "eu-west-1"}', secret: 'glffct-V1aN9A6zu3ObopGtM73z' },
    { text: '  unleash_instance_id: glffct-EotQZs1cGHjtf5JSg_fI', secret: 'glffct-EotQZs1cGHjtf5JSg_fI' },
    { text: 'export UNLEASH_INSTANCE_ID="glffct-w0dO2QBiEIzyKRwZwv5B"', secret: 'glffct-w0dO2QBiEIzyKRwZwv5B' },
    { text: 'const unleashInstanceId = \'glffct-OPFPm78WrEQnEsRs7VhI\';', secret: 'glffct-OPFPm78WrEQnEsRs7VhI' },
  ],
  negative: [
    'UNLEASH_INSTANCE_ID=glffct-xxxxxxxxxxxxxxxxxxxx',
    'UNLEASH_INSTANCE_ID=<your-gitlab-feature-flag-client-token>',
    'UNLEASH_INSTANCE_ID=${UNLEASH_INSTANCE_ID}',
    'glffct- tokens are revoked on rotation',
    'UNLEASH_INSTANCE_ID=glffct-pIdJNpT2UjdU',
  ],
};
export default fixtures;
